package net.sellmeapen.coaching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.BuyerFact;
import net.sellmeapen.conversation.analysis.BuyerTurnReading;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;
import net.sellmeapen.language.Phrases;

/**
 * A built-in strong seller that plays the textbook way: questions first (work, writing, current pen,
 * what bothers them, what is coming up), then benefits built on the buyer's own answers, every
 * concern answered with something specific, urgency tied to the buyer's timing, and an ask once the
 * buyer has a reason to say yes. It reads the conversation through the same analysis as the buyer
 * and the scorecard, so it shows what good looks like to both.
 */
public final class ModelSeller {

    private static final List<String> DISCOVERY = List.of(
            "Thanks for your time. Before I tell you anything about it, what do you do for a living?",
            "How much of your day involves writing by hand?",
            "What do you write with at the moment?",
            "What bothers you most about it?",
            "Is there anything important coming up for you soon?");

    private static final List<String> ASKS = List.of(
            "So, shall we get you one?", "Would you like to take one with you now?", "Shall I wrap one up for you?");

    private final Product product;

    public ModelSeller(Product product) {
        this.product = product;
    }

    /** The seller's next line, given the conversation so far (which ends with the buyer speaking). */
    public String next(ConversationAnalysis analysis) {
        List<TraineeTurnReading> said = analysis.traineeTurns();
        boolean priceAsked = analysis.buyerTurns().stream().reduce((first, second) -> second)
                .filter(BuyerTurnReading::asksPrice).isPresent();
        String priceAnswer = answer(Concern.PRICE, analysis);
        if (priceAsked && analysis.openConcerns().isEmpty()
                && said.stream().noneMatch(turn -> turn.text().equals(priceAnswer))) {
            return priceAnswer;
        }
        Optional<String> productAnswer = answerAboutProduct(analysis);
        if (productAnswer.isPresent() && said.stream().noneMatch(turn -> turn.text().equals(productAnswer.get()))) {
            return productAnswer.get();
        }
        Optional<ConcernEpisode> open = analysis.openConcerns().stream().findFirst();
        if (open.isPresent()) {
            String answer = answer(open.get().concern(), analysis);
            boolean saidBefore = said.stream().anyMatch(turn -> turn.text().equals(answer));
            if (!saidBefore) {
                return answer;
            }
            String again = answerAgain(open.get().concern(), analysis);
            boolean saidAgain = said.stream().anyMatch(turn -> turn.text().equals(again));
            // a tough buyer pushes back on the price once more: a third answer, in other words again
            boolean price = open.get().concern() == Concern.PRICE || open.get().concern() == Concern.ALTERNATIVE;
            return saidAgain && price ? product.coachingLine("seller.third.PRICE", Map.of()) : again;
        }
        long questions = said.stream().filter(t -> t.has(Act.OPEN_QUESTION) || t.has(Act.CLOSED_QUESTION)).count();
        if (questions < DISCOVERY.size() && said.stream().noneMatch(t -> t.has(Act.TIED_BENEFIT))) {
            return DISCOVERY.get((int) questions);
        }
        String benefit = benefit(analysis) + " Would that help you?";
        if (said.stream().noneMatch(t -> t.has(Act.TIED_BENEFIT) || t.text().equals(benefit))) {
            return benefit;
        }
        boolean compared = said.stream().anyMatch(t -> t.text().startsWith("Compared with"));
        if (!compared) {
            return "Compared with " + currentPen(analysis) + ", " + lower(secondBenefit(analysis));
        }
        String offer = product.coachingLine("seller.offer", Map.of());
        boolean offered = said.stream().anyMatch(t -> t.text().contains(offer.substring(4)));
        if (!offered) {
            return urgency(analysis);
        }
        long asks = said.stream().filter(t -> t.has(Act.ASK)).count();
        return asks == 0 ? product.coachingLine("seller.ask", Map.of())
                : ASKS.get((int) Math.min(asks - 1, ASKS.size() - 1));
    }

    /** When the buyer just asked about the pen ("Is it comfortable?"), the feature it asked about, in a sentence. */
    private Optional<String> answerAboutProduct(ConversationAnalysis analysis) {
        Optional<BuyerTurnReading> last = analysis.buyerTurns().stream().reduce((first, second) -> second);
        if (last.isEmpty() || !last.get().text().strip().endsWith("?") || last.get().asksPrice()
                || !last.get().concerns().isEmpty()) {
            return Optional.empty();
        }
        String asked = Phrases.normalise(last.get().text());
        return product.features().stream()
                .filter(feature -> Phrases.of(feature.cues().toArray(String[]::new)).in(asked))
                .findFirst().map(feature -> feature.examples().get(0));
    }

    private static String currentPen(ConversationAnalysis analysis) {
        return analysis.facts().stream().filter(fact -> fact.topic() == Topic.CURRENT_PEN).findFirst()
                .map(fact -> "what you use now (" + lower(quote(fact.text())) + ")").orElse("the pen you use now");
    }

    /** What the buyer said that the pen can fix: their complaint first, else any answer that shows a need. */
    private static Optional<BuyerFact> pain(ConversationAnalysis analysis) {
        Optional<BuyerFact> complaint = analysis.facts().stream()
                .filter(fact -> fact.topic() == Topic.PAIN && !fact.needs().isEmpty()).findFirst();
        return complaint.isPresent() ? complaint
                : analysis.facts().stream().filter(fact -> !fact.needs().isEmpty()).findFirst();
    }

    private String benefit(ConversationAnalysis analysis) {
        Optional<BuyerFact> pain = pain(analysis);
        if (pain.isEmpty()) {
            return "You write every day, so here is what changes: " + product.features().get(0).examples().get(0);
        }
        BuyerFact fact = pain.get();
        Product.Feature feature = product.featuresFor(fact.needs().iterator().next()).get(0);
        return "You told me \"" + quote(fact.text()) + "\". " + feature.examples().get(0);
    }

    /** The feature for the buyer's problem by its checkable fact, as "its <feature> means <fact>, …". */
    private String featureFact(ConversationAnalysis analysis) {
        Product.Feature feature = pain(analysis)
                .map(fact -> product.featuresFor(fact.needs().iterator().next()).get(0))
                .orElse(product.features().get(0));
        return "its " + feature.name() + " means " + feature.facts().get(0) + ", which your current pen can't match.";
    }

    /** The benefit for the buyer's problem in other words than {@link #benefit}, for a second mention. */
    private String secondBenefit(ConversationAnalysis analysis) {
        return pain(analysis).map(fact -> {
            List<String> examples = product.featuresFor(fact.needs().iterator().next()).get(0).examples();
            return examples.get(Math.min(1, examples.size() - 1));
        }).orElse(product.features().get(1).examples().get(0));
    }

    private String urgency(ConversationAnalysis analysis) {
        Optional<BuyerFact> timing = analysis.facts().stream().filter(fact -> fact.topic() == Topic.TIMING).findFirst();
        String offer = product.coachingLine("seller.offer", Map.of());
        String waiting = pain(analysis).map(fact -> " Every week you wait is another week of \""
                + lower(quote(fact.text())) + "\".").orElse("");
        return timing.map(fact -> "You mentioned \"" + quote(fact.text()) + "\", so having it before then means it's"
                + " ready when it counts." + waiting + " " + offer).orElse(offer.substring(4) + waiting);
    }

    private String answer(Concern concern, ConversationAnalysis analysis) {
        Optional<BuyerFact> pain = pain(analysis);
        String theirProblem = pain.map(fact -> " You said \"" + quote(fact.text()) + "\"; this one won't do that.")
                .orElse("");
        Optional<BuyerFact> timing = analysis.facts().stream().filter(fact -> fact.topic() == Topic.TIMING).findFirst();
        return switch (concern) {
            case PRICE -> product.coachingLine("seller.answer.PRICE", Map.of("theirProblem", theirProblem));
            case ALREADY_HAS -> "Fair enough, keep yours for home. Where it matters, " + featureFact(analysis)
                    + " Try both for a week and see which one you reach for.";
            case NO_NEED -> "That's fair. You told me how much you write by hand, and " + lower(benefit(analysis));
            case TRUST -> product.coachingLine("seller.answer.TRUST", Map.of());
            case TIMING -> timing.map(fact -> "I hear you. You mentioned \"" + quote(fact.text()) + "\", and having"
                    + " it before then takes two minutes today.").orElse(product.coachingLine("seller.answer.TIMING",
                    Map.of()));
            case ALTERNATIVE -> product.coachingLine("seller.answer.ALTERNATIVE", Map.of("theirProblem", theirProblem));
            case THINK_IT_OVER -> "Of course. What part would you like to think over: the price, or something else?";
            case NOT_INTERESTED -> "Fair enough. What would make a pen worth having for you?";
            case AUTHORITY -> product.coachingLine("seller.answer.AUTHORITY", Map.of());
        };
    }

    /** The same concern raised again: answered in other words, since a repeated answer settles nothing. */
    private String answerAgain(Concern concern, ConversationAnalysis analysis) {
        return switch (concern) {
            case PRICE, ALTERNATIVE -> product.coachingLine("seller.again.PRICE",
                    Map.of("featureFact", featureFact(analysis)));
            case TRUST -> product.coachingLine("seller.again.TRUST", Map.of());
            case TIMING, THINK_IT_OVER -> "It takes two minutes now, and from then on " + featureFact(analysis);
            default -> "Let me be specific: " + featureFact(analysis);
        };
    }

    private static String quote(String text) {
        String strip = text.strip().replaceAll("[.!]+$", "");
        return strip.length() <= 90 ? strip : strip.substring(0, 89);
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
