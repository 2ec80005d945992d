package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SalesVocabulary;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;

/** What the buyer's side of a conversation says: the objections they raised and whether they bought. */
public final class BuyerSignals {

    /** Kinds of pushback a buyer gives. */
    enum ObjectionKind {
        PRICE("price"),
        ALREADY_HAVE_ONE("already has a pen"),
        NO_NEED("no need"),
        NEEDS_TIME("wants to think about it"),
        NOT_INTERESTED("not interested"),
        ALTERNATIVE("can get a pen elsewhere");

        private final String description;

        ObjectionKind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** A buyer turn (index into the turns) that pushed back. */
    record Objection(int turn, Set<ObjectionKind> kinds) {
    }

    private static final Map<ObjectionKind, Phrases> OBJECTIONS = new LinkedHashMap<>();

    static {
        OBJECTIONS.put(ObjectionKind.PRICE, SalesVocabulary.OBJECTION_PRICE);
        OBJECTIONS.put(ObjectionKind.ALREADY_HAVE_ONE, SalesVocabulary.OBJECTION_ALREADY_HAVE);
        OBJECTIONS.put(ObjectionKind.NO_NEED, SalesVocabulary.OBJECTION_NO_NEED);
        OBJECTIONS.put(ObjectionKind.NEEDS_TIME, SalesVocabulary.OBJECTION_THINK);
        OBJECTIONS.put(ObjectionKind.NOT_INTERESTED, SalesVocabulary.OBJECTION_NOT_INTERESTED);
        OBJECTIONS.put(ObjectionKind.ALTERNATIVE, SalesVocabulary.OBJECTION_ALTERNATIVE);
    }

    private BuyerSignals() {
    }

    /** Every buyer turn that raised an objection, in order. */
    static List<Objection> objections(List<Turn> turns) {
        List<Objection> found = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() != Speaker.BUYER) {
                continue;
            }
            String text = Phrases.normalise(turn.text());
            Set<ObjectionKind> kinds = EnumSet.noneOf(ObjectionKind.class);
            OBJECTIONS.forEach((kind, phrases) -> {
                if (phrases.in(text)) {
                    kinds.add(kind);
                }
            });
            if (!kinds.isEmpty() && !agrees(text)) {
                found.add(new Objection(i, kinds));
            }
        }
        return found;
    }

    /** True when the buyer agreed to buy at some point and did not turn it down in their last word. */
    public static boolean agreed(List<Turn> turns) {
        List<String> buyerTurns = turns.stream()
                .filter(turn -> turn.speaker() == Speaker.BUYER)
                .map(turn -> Phrases.normalise(turn.text()))
                .toList();
        if (buyerTurns.isEmpty()) {
            return false;
        }
        boolean agreedOnce = buyerTurns.stream().anyMatch(BuyerSignals::agrees);
        String last = buyerTurns.get(buyerTurns.size() - 1);
        return agreedOnce && !SalesVocabulary.DECLINE.in(last);
    }

    static boolean agrees(String normalisedText) {
        return SalesVocabulary.AGREE.inUnnegated(normalisedText, SalesVocabulary.NEGATION);
    }
}
