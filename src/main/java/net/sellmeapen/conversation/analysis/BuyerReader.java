package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SentenceEmbeddings;
import net.sellmeapen.language.Sentences;

/**
 * Reads a buyer's turn: a concern only where the buyer pushes back, never in an answer to a
 * question; facts only from answers to the trainee's questions, never from the opening line.
 */
final class BuyerReader {

    static final double CONCERN = 0.58;
    static final double CONCERN_WITH_CUE = 0.46;
    static final double NEED = 0.55;
    static final double AGREEMENT = 0.78;
    static final double REFUSAL = 0.74;
    static final double INTEREST = 0.64;
    static final double DOUBT = 0.66;

    private final SentenceEmbeddings embeddings;
    private final Examples examples;
    private final Product product;
    private final Map<String, Phrases> needCues = new HashMap<>();

    BuyerReader(SentenceEmbeddings embeddings, Examples examples, Product product) {
        this.embeddings = embeddings;
        this.examples = examples;
        this.product = product;
        product.needs().forEach(need -> needCues.put(need.id(), Phrases.of(need.cues().toArray(String[]::new))));
    }

    /**
     * Reads the buyer turn at {@code index}.
     *
     * @param questions the questions about the buyer in the trainee's turn just before (empty when none)
     * @param traineeStems content words the trainee had used so far (a fact is what only the buyer said)
     * @param askedToBuy true when the trainee's turn before asked for the sale (a plain "yes" then agrees)
     * @param volunteered true when the buyer tells facts unasked (a drill's opening): they count as answers
     */
    BuyerTurnReading read(int index, String text, boolean opening, List<SentenceReading> questions,
            Set<String> traineeStems, boolean askedToBuy, boolean volunteered) {
        Set<Concern> concerns = EnumSet.noneOf(Concern.class);
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        List<BuyerFact> facts = new ArrayList<>();
        boolean answering = !questions.isEmpty() || volunteered;
        // asked what holds it back, the buyer's answer is its concern
        boolean askedWhatHoldsBack = questions.stream().anyMatch(question -> question.topic() == Topic.HESITATION);
        // a buyer who agrees in the same turn ("Over my budget, but I'll take one.") raises nothing
        List<String> sentences = Sentences.split(text);
        boolean agrees = !opening && sentences.stream().anyMatch(sentence -> {
            Set<Signal> shown = EnumSet.noneOf(Signal.class);
            signals(Phrases.normalise(sentence), embeddings.embed(sentence), shown);
            return shown.contains(Signal.AGREEMENT);
        });
        for (String sentence : opening ? List.<String>of() : sentences) {
            float[] vector = embeddings.embed(sentence);
            String normal = Phrases.normalise(sentence);
            Set<Signal> shown = EnumSet.noneOf(Signal.class);
            signals(normal, vector, shown);
            signals.addAll(shown);
            Concern concern = concern(normal, vector, answering && !askedWhatHoldsBack, volunteered);
            if (concern != null && !volunteered && answersAbout(questions, concern)) {
                concern = null;
            }
            if (concern != null && !agrees) {
                concerns.add(concern);
            } else if (answering && (!Words.contentStems(normal).isEmpty() || !Lexicon.numbers(normal).isEmpty())
                    && !aboutTheTalk(normal) && (!volunteered || tellsAboutThemselves(normal, shown))) {
                facts.add(fact(index, sentence, normal, vector, questions, traineeStems));
            }
        }
        boolean asksPrice = !opening && sentences.stream()
                .anyMatch(sentence -> Lexicon.isPriceQuestion(Phrases.normalise(sentence)));
        String first = sentences.isEmpty() ? "" : Phrases.normalise(sentences.get(0));
        if (askedToBuy && concerns.isEmpty() && !signals.contains(Signal.REFUSAL)
                && Lexicon.AFFIRMATIVE_START.find(first.replaceAll("^[^a-z]+", "")).filter(m -> m.start() == 0)
                        .isPresent()) {
            signals.add(Signal.AGREEMENT);
        }
        return new BuyerTurnReading(index, text, Set.copyOf(concerns), List.copyOf(facts), Set.copyOf(signals),
                opening, answering, asksPrice);
    }

    /**
     * True when the trainee asked about the very thing the concern is about, so it is the buyer's answer:
     * asked what they spend, "I never pay for pens" is their budget, not a price objection.
     */
    private static boolean answersAbout(List<SentenceReading> questions, Concern concern) {
        return questions.stream().map(SentenceReading::topic).anyMatch(topic -> topic != null && switch (concern) {
            case PRICE, ALTERNATIVE -> topic == Topic.BUDGET || topic == Topic.CURRENT_PEN;
            case ALREADY_HAS -> topic == Topic.CURRENT_PEN;
            case NO_NEED -> topic == Topic.WRITING;
            case TIMING -> topic == Topic.TIMING;
            default -> false;
        });
    }

    /** A remark about the conversation itself ("you said that already"), not a fact about the buyer. */
    private static boolean aboutTheTalk(String normal) {
        return normal.startsWith("you ") || normal.startsWith("you're ") || normal.contains("you said")
                || normal.contains("you already") || normal.contains("questions") || normal.contains("same thing");
    }

    /**
     * Unasked, a buyer tells a fact about themselves in a statement of a few words that is not about
     * the seller or the pen and shows no feeling about it ("I teach English", not "so what now?").
     */
    private static boolean tellsAboutThemselves(String normal, Set<Signal> signals) {
        return !normal.endsWith("?") && !normal.matches(".*\\byou(r|'re|'ll)?\\b.*")
                && Words.contentStems(normal).size() >= 2 && signals.isEmpty();
    }

    private Concern concern(String normal, float[] vector, boolean answering, boolean volunteered) {
        if (Lexicon.positive(normal) || Lexicon.isPriceQuestion(normal)) {
            return null;
        }
        boolean pushback = Lexicon.PUSHBACK.in(normal);
        if (answering && !pushback) {
            return null;
        }
        List<float[]> meanings = new ArrayList<>(List.of(vector));
        for (String clause : normal.split("[:;\u2014]")) {
            if (clause.strip().split("\\s+").length >= 3 && !clause.strip().equals(normal)) {
                meanings.add(embeddings.embed(clause.strip()));
            }
        }
        Concern best = null;
        double bestSimilarity = 0;
        for (Concern concern : Concern.values()) {
            for (float[] meaning : meanings) {
                double similarity = examples.similarity(concern.exampleLabel(), meaning);
                if (similarity > bestSimilarity) {
                    best = concern;
                    bestSimilarity = similarity;
                }
            }
        }
        double needed = answering && !volunteered ? CONCERN + 0.06 : pushback ? CONCERN_WITH_CUE : CONCERN;
        boolean settles = Math.max(examples.similarity("buyer:settled", vector),
                examples.similarity("buyer:invite", vector)) >= bestSimilarity;
        return bestSimilarity >= needed && !settles ? best : null;
    }

    private BuyerFact fact(int index, String sentence, String normal, float[] vector, List<SentenceReading> questions,
            Set<String> traineeStems) {
        Set<String> needs = new LinkedHashSet<>();
        for (Product.Need need : product.needs()) {
            if (needCues.get(need.id()).in(normal) || examples.similarity("need:" + need.id(), vector) >= NEED) {
                needs.add(need.id());
            }
        }
        Topic topic = null;
        double closest = -1;
        for (SentenceReading question : questions) {
            double similarity = SentenceEmbeddings.similarity(question.clause().vector(), vector);
            if (question.topic() != null && similarity > closest) {
                closest = similarity;
                topic = question.topic();
            }
        }
        if (topic == null) {
            topic = needs.isEmpty() ? nearestTopic(vector) : Topic.PAIN;
        }
        Set<String> words = new LinkedHashSet<>(Words.contentStems(normal));
        words.removeAll(traineeStems);
        return new BuyerFact(index, topic, sentence, Set.copyOf(needs), Set.copyOf(words));
    }

    private Topic nearestTopic(float[] vector) {
        Topic best = Topic.WORK;
        double bestSimilarity = -1;
        for (Topic topic : Topic.values()) {
            if (topic == Topic.HESITATION) {
                continue;
            }
            double similarity = examples.similarity(topic.exampleLabel(), vector);
            if (similarity > bestSimilarity) {
                best = topic;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private void signals(String normal, float[] vector, Set<Signal> signals) {
        boolean refuses = Lexicon.DECLINE.in(normal) || examples.similarity("buyer:refusal", vector) >= REFUSAL;
        boolean agrees = !refuses && (Lexicon.AGREE.inUnnegated(normal, Lexicon.NEGATION)
                || examples.similarity("buyer:agreement", vector) >= AGREEMENT);
        if (refuses) {
            signals.add(Signal.REFUSAL);
        }
        if (agrees) {
            signals.add(Signal.AGREEMENT);
        }
        if (examples.similarity("buyer:interest", vector) >= INTEREST) {
            signals.add(Signal.INTEREST);
        }
        if (examples.similarity("buyer:doubt", vector) >= DOUBT) {
            signals.add(Signal.DOUBT);
        }
    }
}
