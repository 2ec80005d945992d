package net.sellmeapen.conversation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What is being sold, as data: name, price, offers, the buyer needs it can meet and its features
 * with the facts that back them and the needs they serve. The buyer and the analysis read it from
 * here, so another product is a new data file, not new engine code.
 *
 * @param price the price in whole dollars; {@code regularPrice} the price once the launch offer ends
 * @param guaranteeYears how long the guarantee runs; a longer one promised in a pitch is invented
 */
public record Product(String id, String name, String kind, int price, int regularPrice, int refillPrice,
        int guaranteeYears, String summary, List<Offer> offers, List<Need> needs, List<Feature> features) {

    /** A real, time-bound reason to buy now, and the words that name it. */
    public record Offer(String id, String text, List<String> cues) {
    }

    /** A problem a buyer may have that the product can solve, with example sentences and cue words. */
    public record Need(String id, String label, List<String> examples, List<String> cues) {
    }

    /**
     * A feature: the needs it serves, the checkable facts behind it, the words that name it and
     * example sentences of it described as a benefit.
     */
    public record Feature(String id, String name, List<String> serves, List<String> facts, List<String> cues,
            List<String> examples) {
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
