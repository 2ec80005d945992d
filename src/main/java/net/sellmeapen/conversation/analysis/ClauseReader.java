package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.language.IntentClassifier;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Reads one part of a trainee's message into a {@link ClauseReading}: its meaning vector, what the
 * intent classifier says it does, and the cues that settle facts outright (numbers, the product's
 * features and offers, invented discounts). Each distinct text is read once and kept (a bounded,
 * least-recently-used cache), since every reply reads the whole conversation again.
 */
final class ClauseReader {

    /** Below this probability the classifier's first choice is a guess, not a reading. */
    static final double SURE = 0.45;
    /**
     * An insult or a turn away from the sale is only read as such when the classifier is this sure (or
     * an insult's words settle it): a buyer who walks out over an odd phrasing is wrong.
     */
    static final double SURE_TO_OFFEND = 0.6;
    /** How close a part must be to a feature's example sentences to be about that feature. */
    static final double FEATURE = 0.62;
    /** Most readings kept. */
    static final int CACHE_SIZE = 8_192;

    /** How a sentence starts that tells the buyer back what they said ("You said your pens leak."). */
    private static final Pattern RESTATEMENT = Pattern.compile("^(?:so,? |ok,? |okay,? |right,? )?(?:you said|you mentioned|"
            + "you told me|as you said|like you said|going back to what you|sounds like|so you're|so you are|you're a|"
            + "you are a|u said|u mentioned)\\b");
    private static final Pattern DOLLARS = Pattern.compile("[$£€]\\s?(\\d+)|(\\d+)\\s?(?:dollars|bucks|quid|pounds)");
    private static final Phrases GUARANTEE = Phrases.of("guarantee*", "warranty", "warranties", "money back",
            "money-back", "refund*", "replace*");
    private static final Pattern YEARS = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five",
            5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Phrases OFFERING = Phrases.of("make it", "yours for", "have it for", "for just", "for only",
            "i'll do it for", "i'll give", "i'll sell", "take it for", "let you", "do it for", "can do", "for you at");

    private final SentenceEmbeddings embeddings;
    private final IntentClassifier classifier;
    private final Intent[] intents;
    private final Product product;
    private final Examples examples;
    private final Map<String, Phrases> featureCues = new HashMap<>();
    private final Phrases offerCues;
    private final Map<String, ClauseReading> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClauseReading> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    ClauseReader(SentenceEmbeddings embeddings, IntentClassifier classifier, Product product, Examples examples) {
        this.embeddings = embeddings;
        this.classifier = classifier;
        this.intents = classifier.labels().stream().map(label -> Intent.of(label).orElseThrow(() ->
                new IllegalStateException("the intent model has a label the analysis does not know: " + label)))
                .toArray(Intent[]::new);
        this.product = product;
        this.examples = examples;
        product.features().forEach(feature -> featureCues.put(feature.id(),
                Phrases.of(feature.cues().toArray(String[]::new))));
        this.offerCues = Phrases.of(product.offers().stream().flatMap(offer -> offer.cues().stream())
                .toArray(String[]::new));
    }

    /** The reading of one part (a sentence or clause). */
    ClauseReading read(String text) {
        synchronized (cache) {
            ClauseReading known = cache.get(text);
            if (known != null) {
                return known;
            }
        }
        ClauseReading reading = readAnew(text);
        synchronized (cache) {
            cache.put(text, reading);
        }
        return reading;
    }

    private ClauseReading readAnew(String text) {
        String normal = Phrases.normalise(text);
        float[] vector = embeddings.embed(text);
        double[] p = classifier.probabilities(text, vector);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        int second = best == 0 && p.length > 1 ? 1 : 0;
        for (int i = 0; i < p.length; i++) {
            second = i != best && p[i] > p[second] ? i : second;
        }
        if (offensive(intents[best]) && p[best] < SURE_TO_OFFEND && !Lexicon.RUDE.in(normal)) {
            int swap = best;
            best = second;
            second = swap;
        }
        if (intents[best].asksAboutBuyer() && !normal.endsWith("?") && RESTATEMENT.matcher(normal).find()) {
            second = best;
            best = indexOf(Intent.EMPATHY);
        }
        Set<String> features = features(normal, vector);
        List<String> numbers = Lexicon.numbers(normal);
        List<String> facts = new ArrayList<>();
        for (String id : features) {
            product.feature(id).ifPresent(feature -> feature.facts().stream()
                    .filter(fact -> normal.contains(Phrases.normalise(fact))).forEach(facts::add));
        }
        boolean invented = Lexicon.GIVEAWAY.in(normal) || inventedPrice(normal) || inventedGuarantee(normal);
        return new ClauseReading(text, normal, vector, intents[best], p[best], intents[second], p[second],
                Set.copyOf(features), List.copyOf(numbers), List.copyOf(facts), price(normal),
                Lexicon.isQuestion(normal), offerCues.in(normal), GUARANTEE.in(normal), invented,
                Lexicon.isAcknowledgement(normal));
    }

    private int indexOf(Intent intent) {
        for (int i = 0; i < intents.length; i++) {
            if (intents[i] == intent) {
                return i;
            }
        }
        throw new IllegalStateException("the intent model has no label " + intent.label());
    }

    private static boolean offensive(Intent intent) {
        return intent == Intent.RUDE || intent == Intent.OFF_TOPIC;
    }

    /** The product features a part names, by their cue words or by meaning. */
    private Set<String> features(String normal, float[] vector) {
        Set<String> found = new LinkedHashSet<>();
        for (Product.Feature feature : product.features()) {
            if (featureCues.get(feature.id()).in(normal)
                    || examples.similarity("feature:" + feature.id(), vector) >= FEATURE) {
                found.add(feature.id());
            }
        }
        return found;
    }

    private static Integer price(String normal) {
        Matcher amounts = DOLLARS.matcher(normal);
        if (!amounts.find()) {
            return null;
        }
        return Integer.parseInt(amounts.group(1) != null ? amounts.group(1) : amounts.group(2));
    }

    /** A guarantee longer than the product's ("guaranteed for five years"). */
    private boolean inventedGuarantee(String normal) {
        if (!GUARANTEE.in(normal)) {
            return false;
        }
        Matcher years = YEARS.matcher(normal);
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
        Matcher amounts = DOLLARS.matcher(normal);
        while (amounts.find()) {
            int amount = Integer.parseInt(amounts.group(1) != null ? amounts.group(1) : amounts.group(2));
            if (amount != product.price() && amount != product.regularPrice() && amount != product.refillPrice()
                    && OFFERING.in(normal)) {
                return true;
            }
        }
        return false;
    }

    /** The classifier's labels: used by tests to check the model against the corpus. */
    static IntentClassifier load() {
        return IntentClassifier.load(ConversationAnalyzer.INTENT_MODEL);
    }
}
