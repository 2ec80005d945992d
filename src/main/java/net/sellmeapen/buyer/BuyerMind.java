package net.sellmeapen.buyer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * The scripted buyer's state of mind, worked out from the conversation analysis alone: how
 * interested and how patient they are, what they have been asked and told, which concerns they have
 * raised and which are still open. Nothing is remembered between replies.
 */
final class BuyerMind {

    private final Temperament temperament;
    private int interest;
    private int unproductive;
    private int rude;
    private int notEnglish;
    private int nonsense;
    private int repeats;
    private int asks;
    private int questions;
    private int tied;
    private int pitchTurns;
    private int sinceConcern;
    private final Set<Concern> raised = EnumSet.noneOf(Concern.class);
    private final List<ConcernEpisode> open;

    BuyerMind(ConversationAnalysis analysis, Temperament temperament) {
        this.temperament = temperament;
        this.interest = temperament.startInterest();
        this.open = analysis.openConcerns();
        analysis.concerns().forEach(episode -> raised.add(episode.concern()));
        int lastConcern = analysis.concerns().stream().mapToInt(ConcernEpisode::raisedAt).max().orElse(-1);
        for (TraineeTurnReading turn : analysis.traineeTurns()) {
            hear(turn, analysis);
            if (turn.index() > lastConcern && pitched(turn)) {
                sinceConcern++;
            }
        }
        interest = Math.max(0, Math.min(100, interest));
    }

    private void hear(TraineeTurnReading turn, ConversationAnalysis analysis) {
        Set<Act> acts = turn.acts();
        if (acts.contains(Act.NOT_ENGLISH) || acts.contains(Act.NONSENSE)) {
            notEnglish += acts.contains(Act.NOT_ENGLISH) ? 1 : 0;
            nonsense += acts.contains(Act.NONSENSE) ? 1 : 0;
            unproductive++;
            return;
        }
        if (turn.isRepeat()) {
            repeats++;
            unproductive++;
            interest -= 5;
        }
        if (acts.contains(Act.RUDE)) {
            rude++;
            interest -= 25;
        }
        boolean productive = false;
        int turnQuestions = 0;
        for (SentenceReading sentence : turn.sentences()) {
            if (sentence.repeats()) {
                continue;
            }
            if ((sentence.has(Act.OPEN_QUESTION) || sentence.has(Act.CLOSED_QUESTION)) && sentence.topic() != null) {
                turnQuestions++;
                productive = true;
            }
            if (sentence.has(Act.TIED_BENEFIT)) {
                interest += 10;
                tied++;
                productive = true;
            } else if (sentence.has(Act.EVIDENCE)) {
                interest += 4;
                productive = true;
            } else if (sentence.has(Act.BENEFIT)) {
                interest += 2;
            }
            if (sentence.has(Act.CONCERN_ANSWER)) {
                interest += 12;
                productive = true;
            }
            if (sentence.has(Act.URGENCY)) {
                interest += sentence.buildsOn().isEmpty() ? 3 : 8;
                productive = true;
            }
            if (sentence.has(Act.TRIAL_CLOSE)) {
                interest += 2;
            }
            if (sentence.has(Act.SUPERLATIVE)) {
                interest -= 5;
            }
            if (sentence.has(Act.PRESSURE)) {
                interest -= 8;
                unproductive++;
            }
            if (sentence.has(Act.GIVEAWAY)) {
                interest -= 8;
                unproductive++;
            }
            if (sentence.has(Act.OFF_TOPIC)) {
                interest -= 4;
            }
        }
        questions += turnQuestions;
        interest += 3 * Math.min(turnQuestions, Math.max(0, temperament.maxQuestions() - (questions - turnQuestions)));
        if (acts.contains(Act.ASK) || acts.contains(Act.ASSUMPTIVE_CLOSE)) {
            asks++;
            boolean concernOpen = analysis.concerns().stream().anyMatch(e -> e.raisedAt() < turn.index()
                    && (e.isOpen() || e.answeredAt() > turn.index()));
            interest -= concernOpen ? 4 : 0;
        }
        if (pitched(turn)) {
            pitchTurns++;
        }
        if (!productive && !turn.isRepeat()) {
            unproductive++;
        }
    }

    private static boolean pitched(TraineeTurnReading turn) {
        return turn.has(Act.FEATURE) || turn.has(Act.BENEFIT) || turn.has(Act.TIED_BENEFIT)
                || turn.has(Act.SUPERLATIVE) || turn.has(Act.EVIDENCE);
    }

    int interest() {
        return interest;
    }

    boolean outOfPatience() {
        return unproductive >= temperament.patience();
    }

    int rude() {
        return rude;
    }

    int notEnglish() {
        return notEnglish;
    }

    int nonsense() {
        return nonsense;
    }

    int repeats() {
        return repeats;
    }

    int asks() {
        return asks;
    }

    int questions() {
        return questions;
    }

    int tied() {
        return tied;
    }

    boolean pitchStarted() {
        return pitchTurns > 0;
    }

    /** Pitch turns since the last concern was raised (since the pitch began, when none was). */
    int sinceConcern() {
        return sinceConcern;
    }

    List<ConcernEpisode> open() {
        return open;
    }

    /** The next concern of the agenda not raised yet, or null when all were. */
    Concern nextConcern() {
        return temperament.agenda().stream().filter(concern -> !raised.contains(concern)).findFirst().orElse(null);
    }

    int raisedFromAgenda() {
        return (int) temperament.agenda().stream().filter(raised::contains).count();
    }
}
