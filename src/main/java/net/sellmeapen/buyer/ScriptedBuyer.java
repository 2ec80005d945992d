package net.sellmeapen.buyer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * The offline buyer: it listens through the same conversation analysis the scorecard uses. It
 * answers questions about itself from a hidden profile (the same facts every time), answers small
 * talk as small talk, keeps an agenda of concerns that settle only when answered with substance,
 * walks away from insults, nonsense, another language, repetition and wasted time, and buys only
 * when it is asked, interested enough and no concern is open. It remembers nothing between
 * replies: each reply is worked out from the conversation so far, so a session always gets the
 * same replies, and it never says the same line twice in a session.
 */
public final class ScriptedBuyer implements Buyer {

    private final ConversationAnalyzer analyzer;
    private final Product product;
    private final BuyerCast cast = new BuyerCast();

    public ScriptedBuyer(ConversationAnalyzer analyzer, Product product) {
        this.analyzer = analyzer;
        this.product = product;
    }

    @Override
    public String opening(Scene scene) {
        if (scene.isDrill()) {
            return drillOpening(scene);
        }
        List<String> lines = cast.lines().openings().get(scene.difficulty().name());
        return lines.get((int) (BuyerCast.hash(scene.sessionId()) % lines.size()));
    }

    @Override
    public BuyerReply reply(Scene scene, List<Turn> history, String message) {
        List<Turn> turns = new ArrayList<>(history);
        int seq = history.isEmpty() ? 1 : history.get(history.size() - 1).seq() + 1;
        turns.add(new Turn(seq, Speaker.TRAINEE, message, Instant.EPOCH));
        ConversationAnalysis analysis = scene.isDrill() ? analyzer.analyseDrill(turns) : analyzer.analyse(turns);
        Temperament temperament = Temperament.of(scene.difficulty());
        if (scene.isDrill()) {
            temperament = temperament.forDrill(scene.drill());
        }
        Conversation talk = new Conversation(scene, cast.forSession(scene.sessionId()), temperament, analysis,
                new BuyerMind(analysis, temperament), history);
        return talk.respond();
    }

    /** A drill's first line: the buyer starts where the skill is needed, from the session's profile. */
    private String drillOpening(Scene scene) {
        BuyerProfile profile = cast.forSession(scene.sessionId());
        List<String> lines = cast.lines().drillOpenings().get(scene.drill().key());
        String price = profile.budget() < product.price() ? "$" + product.price() + "? That's over my budget of $"
                + profile.budget() + "." : "$" + product.price() + " for a pen? I usually pay a couple of dollars.";
        return lines.get((int) (BuyerCast.hash(scene.sessionId()) % lines.size()))
                .replace("{work}", profile.answer(Topic.WORK, 0))
                .replace("{pain}", profile.answer(Topic.PAIN, 0))
                .replace("{timing}", profile.answer(Topic.TIMING, 0))
                .replace("{price}", price);
    }

    /** Who the buyer is in a session, so tests and the voice persona can describe them. */
    BuyerProfile profile(String sessionId) {
        return cast.forSession(sessionId);
    }

    /** One reply being worked out: the buyer, their state of mind and what the trainee just said. */
    private final class Conversation {
        private final Scene scene;
        private final String sessionId;
        private final BuyerProfile profile;
        private final Temperament temperament;
        private final ConversationAnalysis analysis;
        private final BuyerMind mind;
        private final TraineeTurnReading last;
        private final Speech speech;
        private final Set<String> said;

        Conversation(Scene scene, BuyerProfile profile, Temperament temperament, ConversationAnalysis analysis,
                BuyerMind mind, List<Turn> history) {
            this.scene = scene;
            this.sessionId = scene.sessionId();
            this.profile = profile;
            this.temperament = temperament;
            this.analysis = analysis;
            this.mind = mind;
            this.last = analysis.lastTraineeTurn().orElseThrow();
            Set<String> said = new LinkedHashSet<>();
            history.stream().filter(turn -> turn.speaker() == Speaker.BUYER).forEach(turn -> said.add(turn.text()));
            Map<String, String> slots = new HashMap<>();
            slots.put("price", Integer.toString(product.price()));
            slots.put("budget", Integer.toString(profile.budget()));
            slots.put("timing", profile.timingShort());
            slots.put("approver", profile.approver());
            this.said = said;
            this.speech = new Speech(BuyerCast.hash(sessionId) * 31 + analysis.turns().size(), said, slots);
        }

        BuyerReply respond() {
            BuyerReply walkAway = walkAway();
            if (walkAway != null) {
                return walkAway;
            }
            if (last.has(Act.NOT_ENGLISH)) {
                return say(voice("notEnglish"));
            }
            if (last.has(Act.NONSENSE)) {
                return say(voice("nonsense"));
            }
            if (last.has(Act.RUDE)) {
                speech.add(voice("rudeWarning"));
            }
            if (last.isRepeat()) {
                speech.add(voice("repeat"));
            }
            if (temperament.longMessageWords() > 0 && last.words() > temperament.longMessageWords()) {
                return say(voice("cutOff"));
            }
            if (last.has(Act.ASK) || last.has(Act.ASSUMPTIVE_CLOSE)) {
                return decide();
            }
            answerQuestions();
            if (scene.drill() != Category.CLOSING_TECHNIQUE) {
                react();
            } else if (mind.open().isEmpty() && last.index() >= 3) {
                speech.add(voice("waitingToBeAsked"));
            }
            if (speech.isEmpty()) {
                speech.add(voice("listening"));
            }
            return new BuyerReply(speech.text(), null);
        }

        /** Walks out, with the reason, when the trainee insulted, rambled or wasted too much time. */
        private BuyerReply walkAway() {
            String reason = null;
            if (mind.rude() > temperament.rudeTolerance()) {
                reason = "rude";
            } else if (mind.notEnglish() >= 2) {
                reason = "language";
            } else if (mind.nonsense() >= 2) {
                reason = "nonsense";
            } else if (mind.repeats() >= 3) {
                reason = "repeat";
            } else if (mind.outOfPatience()) {
                reason = mind.open().isEmpty() ? "patience" : "openConcern";
            }
            return reason == null ? null : refuse(reason);
        }

        private BuyerReply decide() {
            ConcernEpisode open = mind.open().isEmpty() ? null : mind.open().get(0);
            if (open != null) {
                if (mind.asks() > temperament.maxAsks()) {
                    return refuse("openConcern");
                }
                return say(press(open.concern()));
            }
            Concern next = mind.nextConcern();
            if (next != null && mind.raisedFromAgenda() < temperament.concernsBeforeSale()) {
                return say(raise(next));
            }
            if (mind.interest() >= temperament.buyAt()) {
                speech.add(voice("sale"));
                return new BuyerReply(speech.text(), Outcome.SALE);
            }
            if (mind.asks() > temperament.maxAsks()) {
                return refuse(mind.tied() == 0 ? "noValue" : "tooManyAsks");
            }
            speech.add(voice(mind.questions() == 0 ? "notYetNoDiscovery" : mind.tied() == 0 ? "notYetNoValue"
                    : "notYet"));
            return new BuyerReply(speech.text(), null);
        }

        /** Answers each question about themselves from the profile; a repeated one gets "as I said". */
        private void answerQuestions() {
            Set<Topic> answered = new LinkedHashSet<>();
            boolean unclear = false;
            for (SentenceReading sentence : last.sentences()) {
                boolean question = sentence.has(Act.OPEN_QUESTION) || sentence.has(Act.CLOSED_QUESTION);
                if (question && sentence.topic() != null && answered.size() < 2) {
                    answered.add(sentence.topic());
                } else if (question) {
                    unclear = true;
                }
            }
            if (answered.isEmpty() && unclear) {
                speech.add(voice("unclearQuestion"));
                return;
            }
            if (answered.isEmpty() && last.has(Act.SMALL_TALK)) {
                speech.addExactly(profile.smallTalk().get(variant("small-talk", profile.smallTalk().size())))
                        .add(voice("smallTalkFollow"));
                return;
            }
            if (!answered.isEmpty() && mind.questions() > temperament.maxQuestions()) {
                speech.add(voice("tooManyQuestions"));
            }
            for (Topic topic : answered) {
                String answer = profile.answer(topic, variant(topic.name(), 2));
                if (askedBefore(topic)) {
                    speech.add(voice("alreadySaid")).addExactly(Character.toLowerCase(answer.charAt(0))
                            + answer.substring(1));
                } else {
                    speech.addExactly(answer);
                }
            }
        }

        /** Reacts to what the trainee claimed, and raises the next concern when its time has come. */
        private void react() {
            if (last.has(Act.SMALL_TALK) || last.has(Act.OPEN_QUESTION) || last.has(Act.CLOSED_QUESTION)) {
                if (!speech.isEmpty()) {
                    return;
                }
            }
            ConcernEpisode answeredNow = analysis.concerns().stream().filter(e -> e.answeredAt() == last.index())
                    .findFirst().orElse(null);
            ConcernEpisode open = mind.open().isEmpty() ? null : mind.open().get(0);
            if (answeredNow != null) {
                speech.add(voice("resolved"));
            } else if (open != null && open.raisedAt() < last.index()) {
                speech.add(last.has(Act.EMPATHY) && !last.hasSubstance() ? voice("empathyOnly") : press(open.concern()));
                return;
            } else if (last.has(Act.OFF_TOPIC) && speech.isEmpty() && !last.hasSubstance() && !last.has(Act.BENEFIT)) {
                speech.add(voice("offTopic"));
                return;
            } else {
                reactToClaims();
            }
            Concern next = mind.nextConcern();
            boolean time = mind.pitchStarted() && mind.open().isEmpty() && next != null
                    && mind.sinceConcern() >= temperament.concernGap();
            if (time) {
                speech.add(raise(next));
            } else if (!temperament.tough() && answeredNow == null && mind.tied() > 0 && mind.open().isEmpty()
                    && last.index() % 4 == 1 && mind.asks() == 0) {
                List<String> fresh = voice("helpfulQuestion").stream()
                        .filter(question -> said.stream().noneMatch(line -> line.contains(question))).toList();
                if (!fresh.isEmpty()) {
                    speech.add(fresh);
                }
            }
        }

        private void reactToClaims() {
            if (last.has(Act.GIVEAWAY)) {
                speech.add(voice("reactGiveaway"));
            } else if (last.has(Act.PRESSURE)) {
                speech.add(voice("reactPressure"));
            } else if (last.has(Act.SUPERLATIVE)) {
                speech.add(voice("reactSuperlative"));
            } else if (last.has(Act.TIED_BENEFIT)) {
                speech.add(voice("reactTied"));
            } else if (last.has(Act.URGENCY) && last.sentences().stream().anyMatch(s -> s.has(Act.URGENCY)
                    && s.buildsOn().stream().anyMatch(f -> f.topic() == Topic.TIMING))) {
                speech.add(voice("reactUrgencyTied"));
            } else if (last.has(Act.URGENCY)) {
                speech.add(voice("reactOffer"));
            } else if (last.has(Act.EVIDENCE)) {
                speech.add(voice("reactEvidence"));
            } else if (last.has(Act.FEATURE)) {
                speech.add(voice("reactFeature"));
            } else if (last.has(Act.BENEFIT)) {
                speech.add(voice("reactGeneric"));
            }
        }

        private boolean askedBefore(Topic topic) {
            return analysis.traineeTurns().stream().filter(turn -> turn.index() < last.index())
                    .flatMap(turn -> turn.sentences().stream()).anyMatch(s -> s.topic() == topic);
        }

        private List<String> raise(Concern concern) {
            String key = concern == Concern.PRICE
                    ? profile.budget() < product.price() ? "PRICE_OVER_BUDGET" : "PRICE_VALUE" : concern.name();
            return cast.lines().concerns().get(key);
        }

        private List<String> press(Concern concern) {
            return cast.lines().press().get(concern.name());
        }

        private BuyerReply refuse(String reason) {
            String because = cast.lines().reasons().get(reason);
            if (reason.equals("openConcern") && !mind.open().isEmpty()) {
                because = because.replace("{concern}", mind.open().get(0).concern().description());
            }
            String finalReason = because;
            speech.add(voice("noSale").stream().map(line -> line.replace("{reason}", finalReason)).toList());
            return new BuyerReply(speech.text(), Outcome.NO_SALE);
        }

        private BuyerReply say(List<String> wordings) {
            speech.add(wordings);
            return new BuyerReply(speech.text(), null);
        }

        private List<String> voice(String situation) {
            return (temperament.tough() ? cast.lines().tough() : cast.lines().friendly()).get(situation);
        }

        private int variant(String what, int count) {
            return (int) (BuyerCast.hash(sessionId + what) % count);
        }
    }
}
