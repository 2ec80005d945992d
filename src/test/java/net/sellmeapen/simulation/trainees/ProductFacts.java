package net.sellmeapen.simulation.trainees;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sellmeapen.simulation.trainees.ProductBrief.Highlight;
import net.sellmeapen.simulation.trainees.ProductBrief.Offer;

/** The brief worked into things a trainee can say: prices, cost per month, guarantee, offers, highlight wording. */
final class ProductFacts {

    private static final Pattern DURATION = Pattern.compile("(?i)\\b(\\d+|a|an|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|eighteen)\\s+(day|week|month|year)s?\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final double DAYS_A_MONTH = 30.4;

    final ProductBrief brief;
    final List<Highlight> highlights;
    private final Map<String, String> vars = new HashMap<>();

    ProductFacts(ProductBrief brief) {
        this.brief = brief;
        this.highlights = brief.highlights();
        put("name", brief.name());
        put("price", money(brief.price()));
        if (brief.regularPrice() > brief.price()) {
            put("regular", money(brief.regularPrice()));
        }
        if (brief.refillPrice() > 0) {
            put("refill", money(brief.refillPrice()));
        }
        String summary = Words.body(brief.summary());
        if (summary != null && !summary.isEmpty()) {
            put("summary", Words.lowerFirst(summary));
        }
        String guarantee = Words.body(brief.guarantee());
        if (guarantee != null && !guarantee.isEmpty()) {
            put("guarantee", Words.lowerFirst(guarantee));
            int colon = guarantee.indexOf(':');
            put("promise", Words.lowerFirst(colon >= 0 ? guarantee.substring(colon + 1).strip() : guarantee));
            double months = months(guarantee);
            if (months > 0) {
                put("overGuarantee", "about " + money(brief.price() / months) + " a month");
            }
        }
        costs();
        offers();
    }

    /** The fixed blanks every template may use; the trainee adds what it learned about the buyer. */
    Map<String, String> vars() {
        return new HashMap<>(vars);
    }

    String get(String key) {
        return vars.get(key);
    }

    static String name(Highlight h) {
        return Words.lowerFirst(h.name().strip());
    }

    static String detail(Highlight h) {
        return Words.body(h.detail());
    }

    /** The highlight about refills or how long the product lasts, if the brief has one. */
    Highlight lasting() {
        for (Highlight h : highlights) {
            String n = Words.normalize(h.name() + " " + h.detail());
            if (Words.has(n, "refill", "cartridge", "lasts", "months of", "km ")) {
                return h;
            }
        }
        return null;
    }

    private void costs() {
        Highlight h = lasting();
        if (h == null) {
            return;
        }
        for (String part : h.detail().split("[;,]")) {
            double months = months(part);
            if (months > 0) {
                put("lasts", part.strip());
                put("perMonth", "about " + money(brief.price() / months) + " a month");
                put("perDay", "about " + money(brief.price() / (months * DAYS_A_MONTH)) + " a day");
                if (brief.refillPrice() > 0) {
                    put("refillPerMonth", "about " + money(brief.refillPrice() / months) + " a month");
                }
                return;
            }
        }
    }

    private void offers() {
        Offer priceOffer = null;
        Offer perk = null;
        for (Offer o : brief.offers()) {
            boolean aboutPrice = o.text().contains(money(brief.price())) || o.text().toLowerCase(Locale.ROOT).contains("price");
            if (aboutPrice && priceOffer == null) {
                priceOffer = o;
            } else if (perk == null) {
                perk = o;
            }
        }
        if (priceOffer == null && perk != null) {
            priceOffer = perk;
            perk = null;
        }
        if (priceOffer != null) {
            put("offer", Words.lowerFirst(Words.body(priceOffer.text())));
            put("ends", Words.body(priceOffer.ends()));
        }
        if (perk != null) {
            put("perk", Words.lowerFirst(Words.body(perk.text())));
            put("perkEnds", Words.body(perk.ends()));
        }
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            vars.put(key, value);
        }
    }

    /** The first length of time named in a text, in months, or 0 when there is none. */
    static double months(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return 0;
        }
        String amount = m.group(1).toLowerCase(Locale.ROOT);
        double n;
        if (amount.equals("a") || amount.equals("an")) {
            n = 1;
        } else if (amount.equals("eighteen")) {
            n = 18;
        } else if (Character.isDigit(amount.charAt(0))) {
            n = Integer.parseInt(amount);
        } else {
            n = NUMBERS.indexOf(amount);
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> n / DAYS_A_MONTH;
            case "week" -> n * 7 / DAYS_A_MONTH;
            case "year" -> n * 12;
            default -> n;
        };
    }

    static String money(int dollars) {
        return "$" + dollars;
    }

    static String money(double dollars) {
        if (dollars < 1) {
            return Math.max(1, Math.round(dollars * 100)) + " cents";
        }
        long whole = Math.round(dollars);
        if (Math.abs(dollars - whole) < 0.05) {
            return "$" + whole;
        }
        return String.format(Locale.ROOT, "$%.2f", dollars);
    }
}
