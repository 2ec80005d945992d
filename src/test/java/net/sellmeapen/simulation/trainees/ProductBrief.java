package net.sellmeapen.simulation.trainees;

import java.util.List;

/** What the trainee is shown about the product before the session. */
public record ProductBrief(String name, String summary, int price, int regularPrice, int refillPrice,
        String guarantee, List<Offer> offers, List<Highlight> highlights) {

    /** A time-limited offer on the product, with when it ends. */
    public record Offer(String text, String ends) {}

    /** One selling point of the product, with the detail that backs it up. */
    public record Highlight(String name, String detail) {}

    public ProductBrief {
        offers = offers == null ? List.of() : List.copyOf(offers);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
}
