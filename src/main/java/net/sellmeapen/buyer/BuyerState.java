package net.sellmeapen.buyer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import net.sellmeapen.buyer.BuyerLines.Situation;
import net.sellmeapen.language.Sentences;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;

/**
 * One scripted buyer's state of mind during a session — interest, patience, what they have
 * revealed, which objection is open — and how each trainee message changes it.
 */
final class BuyerState {

    private static final int LONG_MESSAGE_WORDS = 60;
    private static final int MAX_SENTENCES = 3;

    private final String sessionId;
    private final BuyerProfile profile;
    private final Temperament temperament;
    private final Deque<Objection> pending;
    private final Set<Topic> revealed = EnumSet.noneOf(Topic.class);

    private int interest;
    private int patience;
    private int turn;
    private int questions;
    private int closeAttempts;
    private int rudeness;
    private int sinceObjection = Integer.MAX_VALUE / 2;
    private boolean pitched;
    private boolean helpedOnce;
    private Objection open;
    private Outcome decision;

    BuyerState(String sessionId, Difficulty difficulty) {
        this.sessionId = sessionId;
        this.profile = BuyerProfiles.forSession(sessionId);
        this.temperament = Temperament.of(difficulty);
        this.pending = new ArrayDeque<>(temperament.objections());
        this.interest = temperament.startInterest();
        this.patience = temperament.patience();
    }

    Outcome decision() {
        return decision;
    }

    /** Hears one trainee message and answers it; once the buyer has decided, nothing changes. */
    BuyerReply hear(String message) {
        if (decision != null) {
            throw new IllegalStateException("the buyer has already decided");
        }
        turn++;
        sinceObjection++;
        Moves moves = Moves.read(message, profile, revealed);
        Reply parts = new Reply();

        if (moves.rude()) {
            rudeness++;
            interest -= 15;
            patience -= 3;
            if (temperament.interrupts() || rudeness >= 2) {
                return decide(Outcome.NO_SALE, Situation.WALK_AWAY, parts);
            }
            parts.add(say(Situation.RUDE));
        }
        if (temperament.interrupts() && moves.words() > LONG_MESSAGE_WORDS) {
            patience -= 3;
            parts.add(say(Situation.INTERRUPT));
        }
        boolean productive = false;
        if (open != null) {
            if (moves.argues()) {
                interest -= 10;
                patience -= 2;
                parts.add(say(Situation.ARGUED));
            } else if (moves.acknowledges() || moves.reassures()) {
                interest += moves.acknowledges() && moves.reassures() ? 15 : 8;
                open = null;
                productive = true;
                parts.add(say(Situation.OBJECTION_RESOLVED));
            } else if (!moves.close()) {
                patience -= 1;
                parts.add(say(Situation.UNANSWERED) + " " + pick(open.lines(), "again"));
                return finish(parts, false);
            }
        }
        if (moves.question() != null) {
            boolean repeated = !revealed.add(moves.question());
            questions++;
            interest += questions <= 4 && !repeated ? 4 : 0;
            if (questions > temperament.maxQuestions()) {
                patience -= 1;
                parts.minor(say(Situation.TOO_MANY_QUESTIONS));
            } else {
                productive = !repeated;
            }
            parts.add((repeated ? "Like I said: " : "") + profile.answers().get(moves.question()));
        } else if (moves.unclearQuestion()) {
            parts.add(say(Situation.UNCLEAR_QUESTION));
        }
        if (moves.tiedBenefit()) {
            interest += 12;
            productive = true;
            parts.minor(say(Situation.TIED_BENEFIT));
        } else if (moves.benefit()) {
            interest += 5;
            parts.minor(say(Situation.GENERIC_BENEFIT));
        } else if (moves.feature()) {
            interest += temperament.tough() ? 0 : 2;
            parts.minor(say(Situation.FEATURE));
        }
        if (moves.differentiation()) {
            interest += 4;
            if (!moves.benefit()) {
                parts.minor(say(Situation.DIFFERENTIATION));
            }
        }
        if (moves.tiedUrgency()) {
            interest += 10;
            productive = true;
            parts.minor(say(Situation.TIED_URGENCY));
        } else if (moves.urgency()) {
            interest += temperament.interrupts() ? -3 : 2;
            parts.minor(say(Situation.GENERIC_URGENCY));
        }
        pitched |= moves.feature() || moves.benefit() || moves.differentiation();

        if (moves.close()) {
            return close(moves, parts);
        }
        if (open == null && pitched && !pending.isEmpty() && sinceObjection > temperament.objectionGap()) {
            raiseObjection(parts);
        } else if (!temperament.tough() && pitched && !helpedOnce && open == null) {
            helpedOnce = true;
            parts.minor(say(Situation.HELPFUL_QUESTION));
        }
        if (parts.isEmpty()) {
            parts.add(say(moves.greeting() && turn <= 2 ? Situation.GREETING : Situation.OFF_TOPIC));
            productive = moves.greeting() && turn <= 2;
        }
        return finish(parts, productive);
    }

    private BuyerReply close(Moves moves, Reply parts) {
        closeAttempts++;
        boolean early = !pitched && revealed.isEmpty();
        if (early) {
            interest -= 5;
        }
        if (open != null) {
            if (closeAttempts >= temperament.maxCloses()) {
                return decide(Outcome.NO_SALE, Situation.NO_SALE, parts);
            }
            parts.add(say(Situation.UNANSWERED) + " " + pick(open.lines(), "again"));
            return finish(parts, false);
        }
        if (!pending.isEmpty()) {
            raiseObjection(parts);
            return finish(parts, moves.sells());
        }
        if (interest >= temperament.buyAt()) {
            return decide(Outcome.SALE, Situation.SALE, parts);
        }
        if (closeAttempts >= temperament.maxCloses()) {
            return decide(Outcome.NO_SALE, Situation.NO_SALE, parts);
        }
        parts.add(say(Situation.NOT_CONVINCED));
        return finish(parts, false);
    }

    private void raiseObjection(Reply parts) {
        open = pending.poll();
        sinceObjection = 0;
        parts.add(pick(open.lines(), "objection"));
    }

    private BuyerReply finish(Reply parts, boolean productive) {
        if (!productive) {
            patience -= 1;
        }
        interest = Math.max(0, Math.min(100, interest));
        if (patience <= 0) {
            return decide(Outcome.NO_SALE, Situation.WALK_AWAY, parts);
        }
        return new BuyerReply(join(parts), null);
    }

    private BuyerReply decide(Outcome outcome, Situation line, Reply parts) {
        decision = outcome;
        parts.add(say(line));
        return new BuyerReply(join(parts), outcome);
    }

    private static String join(Reply parts) {
        return parts.text();
    }

    /**
     * The pieces of one reply in the order they are said. Minor reactions ("Okay, good to know.")
     * are dropped first, earliest first, until the reply is at most three sentences; answers,
     * objections and decisions are always kept.
     */
    private static final class Reply {
        private record Piece(String text, boolean minor) {
        }

        private final List<Piece> pieces = new ArrayList<>();

        void add(String text) {
            pieces.add(new Piece(text, false));
        }

        void minor(String text) {
            pieces.add(new Piece(text, true));
        }

        boolean isEmpty() {
            return pieces.isEmpty();
        }

        String text() {
            List<Piece> kept = new ArrayList<>(pieces);
            while (sentences(kept) > MAX_SENTENCES) {
                int drop = -1;
                for (int i = 0; i < kept.size() && drop < 0; i++) {
                    if (kept.get(i).minor()) {
                        drop = i;
                    }
                }
                if (drop < 0) {
                    drop = kept.size() > 1 ? 0 : -1;
                }
                if (drop < 0) {
                    break;
                }
                kept.remove(drop);
            }
            return String.join(" ", kept.stream().map(Piece::text).toList());
        }

        private static int sentences(List<Piece> pieces) {
            return pieces.stream().mapToInt(piece -> Sentences.split(piece.text()).size()).sum();
        }
    }

    private String say(Situation situation) {
        return pick(BuyerLines.lines(situation, temperament.tough()), situation.name());
    }

    /** A phrasing chosen by the session, the turn and the situation: varied, yet the same on replay. */
    private String pick(List<String> options, String situation) {
        CRC32 crc = new CRC32();
        crc.update((sessionId + "#" + turn + "#" + situation).getBytes(StandardCharsets.UTF_8));
        return options.get((int) (crc.getValue() % options.size()));
    }
}
