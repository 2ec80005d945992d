package net.sellmeapen.conversation.analysis;

import net.sellmeapen.language.Phrases;

/**
 * Whether a part of a trainee's turn answers a buyer's concern, by what kind of thing it says: the
 * cost of a pen over its life answers a price, proof or the guarantee answers doubt, the buyer's own
 * deadline or a real offer answers "not now", a question that finds out what is left answers "let
 * me think". The scripted buyer and the scorecard both judge answers here, so they agree.
 */
public final class ConcernAnswers {

    /** Words that turn a statement into an answer about money: what it lasts, saves or costs over time. */
    private static final Phrases VALUE = Phrases.of("last*", "refill*", "months", "per month", "a month",
            "each month", "every month", "years", "a year", "per year", "over a year", "per day", "a day",
            "a week", "per week", "per use", "cent*", "pence", "save*", "saving*", "cheaper", "cost*", "worth",
            "instead of", "disposable*", "pack*", "over time", "in the long run", "long run", "investment", "coffee",
            "buying new", "keep buying", "throw away", "km", "kilomet*");

    private ConcernAnswers() {
    }

    /** True when a part talks money in any way (a price, what it lasts, costs or saves), answer or not. */
    public static boolean talksValue(SentenceReading part) {
        return part.clause() != null && !part.repeats()
                && (part.clause().price() != null || VALUE.in(part.clause().normal()));
    }

    /**
     * How a part responds to a concern: {@code ANSWERED} with substance, {@code EXPLORED} by a
     * question that finds out more, or null when it does neither.
     */
    public static ConcernEpisode.Verdict verdict(Concern concern, SentenceReading part) {
        if (part.clause() == null || part.repeats() || part.has(Act.PRESSURE) || part.has(Act.RUDE)
                || part.has(Act.SUPERLATIVE) || part.has(Act.GIVEAWAY)) {
            return null;
        }
        Intent intent = part.intent();
        ClauseReading clause = part.clause();
        boolean value = VALUE.in(clause.normal());
        boolean tied = part.has(Act.TIED_BENEFIT);
        boolean specific = !clause.numbers().isEmpty() || !clause.productFacts().isEmpty();
        boolean checkable = !clause.productFacts().isEmpty() || clause.price() == null && !clause.numbers().isEmpty();
        boolean statement = intent == Intent.PITCH || intent == Intent.PRICE || intent == Intent.PROOF
                || intent == Intent.EMPATHY && (specific || tied);
        boolean proof = intent == Intent.PROOF || statement && clause.guarantee();
        boolean asks = intent.asksAboutBuyer();
        boolean answered = switch (concern) {
            // "one wrong fish order cost you more than this pen": money weighed against the buyer's own trouble
            case PRICE -> statement && value && (specific || clause.price() != null || tied
                    || !part.buildsOn().isEmpty());
            case ALTERNATIVE -> statement && (value || tied || specific) || proof;
            case ALREADY_HAS, NO_NEED -> tied || statement && specific && Lexicon.ADDRESSES_BUYER.in(clause.normal())
                    || proof;
            case TRUST -> proof || statement && checkable;
            case TIMING -> (intent == Intent.URGENCY || part.has(Act.URGENCY)) && (clause.offer() || tied
                    || part.buildsOn().stream().anyMatch(fact -> fact.topic() == Topic.TIMING))
                    || tied && Lexicon.WHEN.in(clause.normal());
            case THINK_IT_OVER -> intent == Intent.ASK_HESITATION || part.has(Act.URGENCY) && clause.offer() || proof;
            case AUTHORITY -> intent == Intent.ASK_HESITATION || proof || statement && specific;
            case NOT_INTERESTED -> asks || tied;
        };
        // a part the classifier could hardly read answers nothing: "Three years of smeared notes, then."
        if (answered && !clause.unsure()) {
            return ConcernEpisode.Verdict.ANSWERED;
        }
        return asks || intent == Intent.TRIAL_CLOSE ? ConcernEpisode.Verdict.EXPLORED : null;
    }
}
