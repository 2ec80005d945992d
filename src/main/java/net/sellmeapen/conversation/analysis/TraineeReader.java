package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * Reads one sentence of the trainee: compares its meaning with the labelled examples and checks the
 * lexical cues, against what the buyer has revealed so far and what the product really offers.
 */
final class TraineeReader {

    /** Most sentences of one turn that are read; a wall of text earns no more than this. */
    static final int MAX_SENTENCES = 12;

    static final double TOPIC = 0.45;
    static final double SMALL_TALK = 0.58;
    static final double OFF_TOPIC = 0.48;
    static final double ASK = 0.75;
    static final double TRIAL = 0.62;
    static final double EMPATHY = 0.65;
    static final double PRESSURE = 0.62;
    static final double RUDE = 0.80;
    static final double SUPERLATIVE = 0.66;
    static final double DEMONSTRATION = 0.62;
    static final double BENEFIT = 0.50;
    static final double FEATURE = 0.58;
    static final double FACT_LINK = 0.62;
    static final double REPEAT = 0.90;
    /** A sentence naming more features than this is a list: it meets no need in particular. */
    static final int MAX_FOCUSED_FEATURES = 2;

    private static final java.util.regex.Pattern DOLLARS = java.util.regex.Pattern.compile(
            "\\$\\s?(\\d+)|(\\d+)\\s?(?:dollars|bucks)");
    private static final Phrases GUARANTEE = Phrases.of("guarantee*", "warranty", "warranties");
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five",
            5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Phrases OFFERING = Phrases.of("make it", "yours for", "have it for", "for just", "for only",
            "i'll do it for", "i'll give", "i'll sell", "take it for", "let you");

    /** A sentence read, with its meaning vector for later comparisons. */
    record Read(SentenceReading reading, float[] vector) {
    }

    private final SentenceEmbeddings embeddings;
    private final Examples examples;
    private final Product product;
    private final Map<String, Phrases> featureCues = new HashMap<>();
    private final Phrases offerCues;
    private final Set<String> vocabulary;

    TraineeReader(SentenceEmbeddings embeddings, Examples examples, Product product) {
        this.embeddings = embeddings;
        this.examples = examples;
        this.product = product;
        product.features().forEach(feature -> featureCues.put(feature.id(),
                Phrases.of(feature.cues().toArray(String[]::new))));
        this.offerCues = Phrases.of(product.offers().stream().flatMap(offer -> offer.cues().stream())
                .toArray(String[]::new));
        this.vocabulary = examples.vocabulary();
    }

    /** The sentences of a turn, each read; a turn not in English is one sentence marked as such. */
    List<Read> readTurn(String text, List<BuyerFact> facts, List<float[]> earlier) {
        Lexicon.Language language = Lexicon.language(text, vocabulary);
        if (language == Lexicon.Language.OTHER || language == Lexicon.Language.NONSENSE) {
            Act act = language == Lexicon.Language.OTHER ? Act.NOT_ENGLISH : Act.NONSENSE;
            return List.of(new Read(new SentenceReading(text, Map.of(act, 1.0), null, Set.of(), List.of(),
                    List.of(), false), null));
        }
        List<Read> reads = new ArrayList<>();
        for (String sentence : Sentences.split(text).stream().limit(MAX_SENTENCES).toList()) {
            reads.add(read(sentence, facts, earlier));
        }
        return reads;
    }

    private Read read(String sentence, List<BuyerFact> facts, List<float[]> earlier) {
        float[] vector = embeddings.embed(sentence);
        String normal = Phrases.normalise(sentence);
        boolean repeats = earlier.stream().anyMatch(old -> SentenceEmbeddings.similarity(old, vector) >= REPEAT);
        Map<Act, Double> acts = new EnumMap<>(Act.class);
        Topic topic = null;
        Set<String> features = features(normal, vector);
        List<BuyerFact> buildsOn = buildsOn(normal, vector, features, facts);
        List<String> specifics = specifics(normal, vector, features);

        flag(acts, Act.RUDE, Lexicon.RUDE.in(normal) ? 1.0 : similarity("trainee:rude", vector), RUDE);
        flag(acts, Act.PRESSURE, Lexicon.PRESSURE.in(normal) ? 1.0 : similarity("trainee:pressure", vector), PRESSURE);
        if (Lexicon.GIVEAWAY.in(normal) || inventedPrice(normal) || inventedGuarantee(normal)) {
            acts.put(Act.GIVEAWAY, 1.0);
            specifics.clear();
        }
        boolean question = Lexicon.isQuestion(normal);
        boolean ask = Lexicon.ASK.in(normal) || similarity("trainee:ask", vector) >= ASK;
        boolean assumptive = Lexicon.ASSUMPTIVE.in(normal) || similarity("trainee:assumptive", vector) >= ASK;
        if (ask) {
            acts.put(Act.ASK, Lexicon.ASK.in(normal) ? 1.0 : similarity("trainee:ask", vector));
        } else if (assumptive) {
            acts.put(Act.ASSUMPTIVE_CLOSE, 1.0);
        }
        if (question && !ask && !assumptive && !acts.containsKey(Act.RUDE)) {
            topic = questionTopic(normal, vector, acts, features);
        }
        if (!question) {
            statement(normal, vector, acts, features, buildsOn, specifics);
        }
        if (acts.isEmpty() || acts.keySet().equals(Set.of(Act.SMALL_TALK))) {
            flag(acts, Act.SMALL_TALK, similarity("trainee:small-talk", vector), SMALL_TALK);
            if (!acts.containsKey(Act.SMALL_TALK) && features.isEmpty() && buildsOn.isEmpty()
                    && similarity("trainee:off-topic", vector) >= OFF_TOPIC) {
                acts.put(Act.OFF_TOPIC, similarity("trainee:off-topic", vector));
            }
        }
        return new Read(new SentenceReading(sentence, Map.copyOf(acts), topic, Set.copyOf(features),
                List.copyOf(buildsOn), List.copyOf(specifics), repeats), vector);
    }

    /** Classifies a question: a discovery question (with its topic), a trial close, small talk or off topic. */
    private Topic questionTopic(String normal, float[] vector, Map<Act, Double> acts, Set<String> features) {
        double trial = similarity("trainee:trial-close", vector);
        Topic best = null;
        double bestSimilarity = 0;
        for (Topic topic : Topic.values()) {
            double similarity = similarity(topic.exampleLabel(), vector);
            if (similarity > bestSimilarity) {
                best = topic;
                bestSimilarity = similarity;
            }
        }
        double smallTalk = similarity("trainee:small-talk", vector);
        double offTopic = similarity("trainee:off-topic", vector);
        boolean aboutBuyer = Lexicon.ADDRESSES_BUYER.in(normal);
        boolean aboutProduct = !features.isEmpty() || normal.matches(".*\\b(it|that|this|this pen)\\b.*");
        if (trial >= TRIAL && trial > bestSimilarity && aboutBuyer && aboutProduct) {
            acts.put(Act.TRIAL_CLOSE, trial);
            return null;
        }
        boolean leading = Lexicon.LEADING.in(normal);
        if ((aboutBuyer || bestSimilarity >= TOPIC + 0.1) && bestSimilarity >= TOPIC && bestSimilarity > smallTalk
                && bestSimilarity > offTopic && !leading) {
            boolean open = false;
            for (String clause : normal.split("[,:;\u2014-]")) {
                open |= Lexicon.OPEN_START.find(Sentences.withoutFiller(clause.strip()))
                        .filter(match -> match.start() == 0).isPresent();
            }
            acts.put(open ? Act.OPEN_QUESTION : Act.CLOSED_QUESTION, bestSimilarity);
            return best;
        }
        if (smallTalk >= SMALL_TALK && smallTalk >= offTopic) {
            acts.put(Act.SMALL_TALK, smallTalk);
        } else if (offTopic >= OFF_TOPIC) {
            acts.put(Act.OFF_TOPIC, Math.max(offTopic, 0.5));
        }
        return null;
    }

    private void statement(String normal, float[] vector, Map<Act, Double> acts, Set<String> features,
            List<BuyerFact> buildsOn, List<String> specifics) {
        if (!features.isEmpty()) {
            acts.put(Act.FEATURE, 1.0);
        }
        boolean toBuyer = Lexicon.ADDRESSES_BUYER.in(normal);
        double benefitLike = Math.max(similarity("trainee:benefit", vector), featureBenefitSimilarity(vector));
        if (toBuyer && (benefitLike >= BENEFIT || !features.isEmpty() && benefitLike >= BENEFIT - 0.1)) {
            acts.put(Act.BENEFIT, benefitLike);
        }
        if (!buildsOn.isEmpty() && (acts.containsKey(Act.BENEFIT) || !features.isEmpty())) {
            acts.put(Act.TIED_BENEFIT, 1.0);
        }
        double superlative = Lexicon.SUPERLATIVE.in(normal) ? 1.0 : similarity("trainee:superlative", vector);
        if (superlative >= SUPERLATIVE && specifics.isEmpty() && buildsOn.isEmpty()) {
            acts.put(Act.SUPERLATIVE, superlative);
        }
        double demonstration = similarity("trainee:demonstration", vector);
        if (!specifics.isEmpty() || demonstration >= DEMONSTRATION) {
            acts.put(Act.EVIDENCE, Math.max(demonstration, specifics.isEmpty() ? 0 : 1.0));
        }
        flag(acts, Act.EMPATHY, Lexicon.EMPATHY.in(normal) ? 1.0 : similarity("trainee:empathy", vector), EMPATHY);
        if (!acts.containsKey(Act.PRESSURE) && urgent(normal, buildsOn)) {
            acts.put(Act.URGENCY, 1.0);
        }
    }

    /** An honest reason to buy now: a real offer of the product, or timing tied to this buyer. */
    private boolean urgent(String normal, List<BuyerFact> buildsOn) {
        boolean offer = offerCues.in(normal) && Lexicon.WHEN.in(normal);
        boolean ownDeadline = Lexicon.WHEN.in(normal) && buildsOn.stream().anyMatch(fact -> fact.topic() == Topic.TIMING);
        boolean costOfWaiting = Lexicon.WHEN.in(normal) && buildsOn.stream()
                .anyMatch(fact -> fact.topic() == Topic.PAIN || !fact.needs().isEmpty());
        return offer || ownDeadline || costOfWaiting;
    }

    /** The product features the sentence names, by their cue words or by meaning. */
    private Set<String> features(String normal, float[] vector) {
        Set<String> found = new LinkedHashSet<>();
        for (Product.Feature feature : product.features()) {
            if (featureCues.get(feature.id()).in(normal)
                    || similarity("feature:" + feature.id(), vector) >= FEATURE) {
                found.add(feature.id());
            }
        }
        return found;
    }

    private double featureBenefitSimilarity(float[] vector) {
        double best = 0;
        for (Product.Feature feature : product.features()) {
            best = Math.max(best, similarity("feature:" + feature.id(), vector));
        }
        return best;
    }

    /**
     * The buyer facts the sentence builds on: it reuses a word only the buyer had said, names a feature
     * (one or two, not a list) that serves a need the buyer revealed, or says much the same as the fact.
     */
    private List<BuyerFact> buildsOn(String normal, float[] vector, Set<String> features, List<BuyerFact> facts) {
        Set<String> stems = Words.contentStems(normal);
        Set<String> served = new LinkedHashSet<>();
        if (features.size() <= MAX_FOCUSED_FEATURES) {
            features.forEach(id -> product.feature(id).ifPresent(feature -> served.addAll(feature.serves())));
        }
        List<BuyerFact> found = new ArrayList<>();
        for (BuyerFact fact : facts) {
            boolean sharesWord = fact.words().stream().anyMatch(stems::contains);
            boolean meetsNeed = fact.needs().stream().anyMatch(served::contains);
            boolean sameMeaning = SentenceEmbeddings.similarity(embeddings.embed(fact.text()), vector) >= FACT_LINK;
            if (sharesWord || meetsNeed || sameMeaning) {
                found.add(fact);
            }
        }
        return found;
    }

    /** A guarantee longer than the product's ("guaranteed for five years"). */
    private boolean inventedGuarantee(String normal) {
        if (!GUARANTEE.in(normal)) {
            return false;
        }
        java.util.regex.Matcher years = YEARS.matcher(normal);
        while (years.find()) {
            Integer count = NUMBER_WORDS.get(years.group(1));
            int value = count != null ? count : years.group(1).matches("\\d+") ? Integer.parseInt(years.group(1)) : -1;
            if (value > product.guaranteeYears()) {
                return true;
            }
        }
        return normal.contains("lifetime");
    }

    /** A price the product does not have, offered to get a yes ("I'll let you have it for $10"). */
    private boolean inventedPrice(String normal) {
        java.util.regex.Matcher amounts = DOLLARS.matcher(normal);
        while (amounts.find()) {
            int amount = Integer.parseInt(amounts.group(1) != null ? amounts.group(1) : amounts.group(2));
            if (amount != product.price() && amount != product.regularPrice() && amount != product.refillPrice()
                    && OFFERING.in(normal)) {
                return true;
            }
        }
        return false;
    }

    /** Checkable things: numbers with units, the product's own facts, a demonstration. */
    private List<String> specifics(String normal, float[] vector, Set<String> features) {
        List<String> found = new ArrayList<>(Lexicon.numbers(normal));
        for (String id : features) {
            product.feature(id).ifPresent(feature -> feature.facts().stream()
                    .filter(fact -> normal.contains(Phrases.normalise(fact)))
                    .forEach(found::add));
        }
        if (similarity("trainee:demonstration", vector) >= DEMONSTRATION) {
            found.add("a demonstration");
        }
        return found;
    }

    private double similarity(String label, float[] vector) {
        return examples.similarity(label, vector);
    }

    private static void flag(Map<Act, Double> acts, Act act, double confidence, double threshold) {
        if (confidence >= threshold) {
            acts.put(act, confidence);
        }
    }
}
