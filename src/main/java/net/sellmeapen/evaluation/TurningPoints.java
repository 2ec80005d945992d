package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.BuyerFact;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * Finds the two or three moments that most changed how the conversation went and says, for this
 * conversation, what the trainee said, what to try instead and why.
 */
final class TurningPoints {

    static final int MAX = 3;

    private final Product product;

    TurningPoints(Product product) {
        this.product = product;
    }

    List<TurningPoint> find(Scoring scoring) {
        List<TurningPoint> found = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (ConcernEpisode episode : scoring.analysis().concerns()) {
            ConcernEpisode.Response first = episode.firstResponse();
            if (first != null && first.verdict() != ConcernEpisode.Verdict.ANSWERED
                    && first.verdict() != ConcernEpisode.Verdict.EXPLORED && kinds.add("concern")) {
                firstSentence(scoring, first.turn()).ifPresent(said -> found.add(new TurningPoint(said.seq(),
                        said.sentence().text(), answerFor(episode.concern(), scoring),
                        "The buyer's concern about " + episode.concern().description() + " was left open"
                                + (episode.isOpen() ? " to the end" : " at first")
                                + ", and a buyer with an open concern does not buy.")));
            }
        }
        add(found, kinds, "pressure", scoring.fresh(Act.PRESSURE), said -> new TurningPoint(said.seq(),
                said.sentence().text(), urgencyFor(scoring),
                "Pressure and invented scarcity make a buyer defensive; a real reason to act now persuades."));
        add(found, kinds, "rude", scoring.where(s -> s.has(Act.RUDE)), said -> new TurningPoint(said.seq(),
                said.sentence().text(), "Stay courteous: \"Fair enough. Can I ask what you write with today?\"",
                "Contempt ends a sale; composure keeps the buyer talking."));
        add(found, kinds, "superlative", scoring.where(s -> s.has(Act.SUPERLATIVE)), said -> new TurningPoint(
                said.seq(), said.sentence().text(), factFor(scoring),
                "Praise without a fact sounds like every other salesperson; a checkable fact tied to them does not."));
        add(found, kinds, "early-ask", scoring.where(s -> s.has(Act.ASK) && s.index() < scoring.firstPitch()
                && scoring.analysis().facts().stream().noneMatch(f -> f.turn() < s.index())), said -> new TurningPoint(
                said.seq(), said.sentence().text(), "Ask about them first: \"Before I tell you about it, what do you"
                        + " write most during the day?\"",
                "Asking before the buyer has a reason to say yes invites a no."));
        add(found, kinds, "vague", scoring.where(s -> s.has(Act.BENEFIT) && !s.has(Act.TIED_BENEFIT)
                && !s.has(Act.EVIDENCE) && s.sentence().features().isEmpty()), said -> new TurningPoint(said.seq(),
                said.sentence().text(), factFor(scoring),
                "A promise with nothing specific in it could be about any pen; name what this one does for them."));
        add(found, kinds, "repeat", scoring.where(s -> s.turn().isRepeat()), said -> new TurningPoint(said.seq(),
                said.sentence().text(), "Say something new that answers what the buyer just said.",
                "Repeating yourself tells the buyer you are not listening."));
        add(found, kinds, "invented", scoring.where(s -> s.has(Act.GIVEAWAY)), said -> new TurningPoint(said.seq(),
                said.sentence().text(), product.coachingLine("advice.invented", Map.of()),
                "Discounts and promises the product does not have buy a yes you have not earned, or break trust."));
        List<Scoring.Said> asks = scoring.where(s -> s.has(Act.ASK) || s.has(Act.ASSUMPTIVE_CLOSE));
        boolean deadlineLearned = scoring.analysis().facts().stream().anyMatch(f -> f.topic() == Topic.TIMING);
        if (!asks.isEmpty() && !deadlineLearned) {
            add(found, kinds, "deadline", asks, said -> new TurningPoint(said.seq(), said.sentence().text(),
                    "Before asking, find their timing: \"Is anything important coming up for you?\" Then tie buying now"
                            + " to it.", "A reason to buy now that is the buyer's own persuades more than any offer."));
        }
        if (!asks.isEmpty() && scoring.fresh(Act.TRIAL_CLOSE).isEmpty()) {
            add(found, kinds, "trial", asks, said -> new TurningPoint(said.seq(), said.sentence().text(),
                    trialFor(scoring), "Checking that the benefit lands tells you whether to ask or to answer a doubt"
                            + " first."));
        }
        boolean asked = !asks.isEmpty();
        if (!asked && found.size() < MAX && scoring.analysis().lastTraineeTurn().isPresent()) {
            firstSentence(scoring, scoring.analysis().lastTraineeTurn().get().index()).ifPresent(said ->
                    found.add(new TurningPoint(said.seq(), said.sentence().text(), askFor(scoring),
                            "You never asked for the sale, so the buyer never had to decide.")));
        }
        boolean questions = !scoring.where(s -> s.has(Act.OPEN_QUESTION) || s.has(Act.CLOSED_QUESTION)).isEmpty();
        if (!questions && found.size() < MAX && scoring.firstPitch() != Integer.MAX_VALUE) {
            firstSentence(scoring, scoring.firstPitch()).ifPresent(said -> found.add(new TurningPoint(said.seq(),
                    said.sentence().text(), "Open with a question: \"What do you do, and how much of it is written by"
                            + " hand?\"", "Without discovery the pitch can only guess what this buyer needs.")));
        }
        return found.stream().limit(MAX).sorted(Comparator.comparingInt(TurningPoint::turn)).toList();
    }

    /** Adds a turning point of this kind at the first sentence not already quoted by another one. */
    private static void add(List<TurningPoint> found, Set<String> kinds, String kind, List<Scoring.Said> said,
            java.util.function.Function<Scoring.Said, TurningPoint> point) {
        if (found.size() >= MAX || kinds.contains(kind)) {
            return;
        }
        said.stream()
                .filter(s -> found.stream().noneMatch(p -> p.turn() == s.seq() && p.youSaid().equals(s.sentence().text())))
                .findFirst()
                .ifPresent(s -> {
                    kinds.add(kind);
                    found.add(point.apply(s));
                });
    }

    private static Optional<Scoring.Said> firstSentence(Scoring scoring, int turn) {
        return scoring.said().stream().filter(s -> s.index() == turn).findFirst();
    }

    /** A reply to the concern built from this conversation: the buyer's own words and the product's facts. */
    private String answerFor(Concern concern, Scoring scoring) {
        Optional<BuyerFact> need = complaint(scoring).filter(f -> !f.needs().isEmpty());
        String needFact = need.map(f -> " You told me \"" + shorten(f.text()) + "\": " + featureLine(f)).orElse("");
        return switch (concern) {
            case PRICE -> product.coachingLine("advice.PRICE", Map.of("needFact", needFact));
            case ALTERNATIVE -> needFact.isEmpty() ? product.coachingLine("advice.ALTERNATIVE", Map.of())
                    : "Say what a cheap or free pen cannot do for them: \"" + needFact.strip() + "\"";
            case ALREADY_HAS -> "Compare with the pen they have:" + (needFact.isEmpty()
                    ? " \"Keep yours; use this one where it matters, and see which you reach for.\""
                    : " \"" + needFact.strip() + "\"");
            case NO_NEED -> "Remind them when they do write, in their own words, and what the pen changes then.";
            case TRUST -> product.coachingLine("advice.TRUST", Map.of());
            case TIMING -> urgencyFor(scoring);
            case AUTHORITY -> product.coachingLine("advice.AUTHORITY", Map.of());
            case THINK_IT_OVER -> "Find out what is left to decide: \"Of course. Is it the price, or something else?\"";
            case NOT_INTERESTED -> "Ask before you pitch again: \"Fair enough. What do you write with today?\"";
        };
    }

    private String urgencyFor(Scoring scoring) {
        Optional<BuyerFact> deadline = scoring.analysis().facts().stream().filter(f -> f.topic() == Topic.TIMING)
                .findFirst();
        return deadline.map(f -> "Tie it to their own timing: you were told \"" + shorten(f.text())
                        + "\", so say why having it before then matters.")
                .orElse("Give an honest reason: \"" + capitalise(product.offers().get(0).text()) + ".\"");
    }

    private String factFor(Scoring scoring) {
        return complaint(scoring).filter(f -> !f.needs().isEmpty())
                .map(f -> "Use a fact tied to what they told you (\"" + shorten(f.text()) + "\"): " + featureLine(f))
                .orElse("Use a fact: \"" + product.features().get(0).examples().get(0) + "\"");
    }

    private String trialFor(Scoring scoring) {
        return complaint(scoring)
                .map(f -> "Check buy-in before you ask: \"Would that help with what you told me: "
                        + shorten(f.text()).replaceAll("[.!?]+$", "") + "?\"")
                .orElse("Check buy-in before you ask: \"Would that make a difference for you?\"");
    }

    /** What the buyer complained about: a fact about what bothers them, else any fact that shows a need. */
    private static Optional<BuyerFact> complaint(Scoring scoring) {
        List<BuyerFact> facts = scoring.analysis().facts();
        return facts.stream().filter(f -> f.topic() == Topic.PAIN).findFirst()
                .or(() -> facts.stream().filter(f -> f.needs().size() == 1).reduce((first, second) -> second))
                .or(() -> facts.stream().filter(f -> !f.needs().isEmpty()).findFirst());
    }

    private String askFor(Scoring scoring) {
        return scoring.analysis().facts().stream().filter(f -> f.topic() == Topic.TIMING).findFirst()
                .map(f -> "Ask for the sale, tied to their timing: \"Shall I get one ready for you before then?\"")
                .orElse("Ask for the sale: \"Shall I put one aside for you?\"");
    }

    private String featureLine(BuyerFact fact) {
        return fact.needs().stream().flatMap(need -> product.featuresFor(need).stream()).findFirst()
                .map(feature -> feature.examples().get(0)).orElse(product.summary());
    }

    private static String shorten(String text) {
        String strip = text.strip();
        return strip.length() <= 80 ? strip : strip.substring(0, 79) + "…";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
