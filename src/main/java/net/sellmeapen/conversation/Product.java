package net.sellmeapen.conversation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is being sold, as data: name, price, offers, the buyer needs it can meet and its features
 * with the facts that back them and the needs they serve. The buyer and the analysis read it from
 * here, so another product is a new data file, not new engine code.
 *
 * @param price the price in whole dollars; {@code regularPrice} the price once the launch offer ends
 * @param guaranteeYears how long the guarantee runs; a longer one promised in a pitch is invented
 * @param questions what a receptive buyer may ask about the product, and the features that answer each
 * @param coaching what the scorecard and the model seller say that names this product's facts, by key,
 *        with {@code {slots}} for the price and for what this conversation's buyer said
 */
public record Product(String id, String name, String kind, int price, int regularPrice, int refillPrice,
        int guaranteeYears, String summary, String guarantee, String refills, List<Offer> offers, List<Need> needs,
        List<Feature> features, List<Question> questions, Map<String, String> coaching) {

    /**
     * A real, time-bound reason to buy now, and the words that name it.
     *
     * @param text the offer as a clause of a sentence ("the spring price lasts until …")
     * @param brief the offer as the trainee's brief shows it
     * @param ends when it ends, in words ("the end of the month")
     */
    public record Offer(String id, String text, List<String> cues, String brief, String ends) {
    }

    /** A problem a buyer may have that the product can solve, with example sentences and cue words. */
    public record Need(String id, String label, List<String> examples, List<String> cues) {
    }

    /**
     * A feature: the needs it serves, the checkable facts behind it, the words that name it and
     * example sentences of it described as a benefit.
     *
     * @param detail what it does, as the trainee's brief shows it
     * @param tried what a buyer notices when they try the pen for this feature, in their own words: one
     *     wording, or several so that two buyers do not notice it in the same sentence
     */
    public record Feature(String id, String name, List<String> serves, List<String> facts, List<String> cues,
            List<String> examples, String detail,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tried) {
    }

    /** A question a buyer may ask about the product ("How long does the ink last?"), and the features that answer it. */
    public record Question(String id, List<String> wordings, List<String> features) {
    }

    /** What the trainee is shown before and during a session: the facts they may sell with. */
    public record Brief(String name, String summary, int price, int regularPrice, int refillPrice, String guarantee,
            String refills, List<BriefOffer> offers, List<Highlight> highlights) {
    }

    /** An offer in the brief, and when it ends. */
    public record BriefOffer(String text, String ends) {
    }

    /** A feature in the brief: its name and what it does. */
    public record Highlight(String name, String detail) {
    }

    /**
     * A coaching line of this product (e.g. {@code seller.answer.PRICE}) with its slots filled: the
     * product's prices and guarantee, and any the caller gives ({@code theirProblem}, …).
     */
    public String coachingLine(String key, Map<String, String> slots) {
        String line = coaching.get(key);
        if (line == null) {
            throw new IllegalStateException("product " + id + " has no coaching line '" + key + "'");
        }
        Map<String, String> all = new java.util.HashMap<>(slots);
        all.put("price", Integer.toString(price));
        all.put("regularPrice", Integer.toString(regularPrice));
        all.put("refillPrice", Integer.toString(refillPrice));
        all.put("guaranteeYears", Integer.toString(guaranteeYears));
        for (Map.Entry<String, String> slot : all.entrySet()) {
            line = line.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return line;
    }

    /** True when this product has a coaching line for the key. */
    public boolean hasCoachingLine(String key) {
        return coaching.containsKey(key);
    }

    /** The brief shown to the trainee, made from this product's facts. */
    public Brief brief() {
        return new Brief(name, capitalised(summary) + ".", price, regularPrice, refillPrice, guarantee,
                capitalised(refills), offers.stream().map(offer -> new BriefOffer(offer.brief(), offer.ends())).toList(),
                features.stream().map(feature -> new Highlight(capitalised(feature.name()), feature.detail())).toList());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The product described by a JSON resource on the classpath, e.g. {@code /products/linea-one.json}. */
    public static Product load(String resource) {
        try (InputStream in = Product.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("product resource " + resource + " is missing");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Product.class);
        } catch (IOException e) {
            throw new UncheckedIOException("product resource " + resource + " is not readable", e);
        }
    }

    public Optional<Need> need(String needId) {
        return needs.stream().filter(need -> need.id().equals(needId)).findFirst();
    }

    public Optional<Feature> feature(String featureId) {
        return features.stream().filter(feature -> feature.id().equals(featureId)).findFirst();
    }

    /** The features that serve a need. */
    public List<Feature> featuresFor(String needId) {
        return features.stream().filter(feature -> feature.serves().contains(needId)).toList();
    }
}
