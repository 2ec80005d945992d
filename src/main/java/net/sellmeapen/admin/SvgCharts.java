package net.sellmeapen.admin;

import java.util.Locale;
import java.util.Map;

/**
 * Small inline-SVG charts drawn on the server: no JavaScript, no library, labels escaped here. The
 * drawing is 420 units wide, about a phone's width, so its 13-unit labels stay readable (11 px or
 * more) when the chart shrinks to fit a phone.
 */
final class SvgCharts {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 240;
    private static final int LEFT = 36;
    private static final int BOTTOM = 46;
    private static final int TOP = 14;

    private SvgCharts() {
    }

    /** A vertical bar chart of the values in order; null values are drawn as gaps. */
    static String bars(String title, Map<String, ? extends Number> values, double max, String unit) {
        double top = Math.max(max, values.values().stream().filter(v -> v != null)
                .mapToDouble(Number::doubleValue).max().orElse(0));
        top = top <= 0 ? 1 : top;
        int count = Math.max(1, values.size());
        double slot = (WIDTH - LEFT - 10) / (double) count;
        StringBuilder svg = open(title);
        axis(svg, top);
        int i = 0;
        for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
            double x = LEFT + i * slot;
            if (entry.getValue() != null) {
                double value = entry.getValue().doubleValue();
                double height = (HEIGHT - BOTTOM - TOP) * value / top;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s%s</title></rect>",
                        x + slot * 0.15, HEIGHT - BOTTOM - height, slot * 0.7, height, escape(entry.getKey()),
                        number(value), escape(unit)));
            }
            if (count <= 12 || i % Math.max(1, count / 6) == 0) {
                svg.append(label(x + slot / 2, shortLabel(entry.getKey(), count)));
            }
            i++;
        }
        return svg.append("</svg>").toString();
    }

    /** A label under a bar: a two-word label goes on two lines, so long category names fit. */
    private static String label(double x, String text) {
        String[] words = text.split(" ", 2);
        StringBuilder label = new StringBuilder(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", x, HEIGHT - BOTTOM + 17));
        label.append("<tspan x=\"").append(String.format(Locale.ROOT, "%.1f", x)).append("\">").append(escape(words[0]))
                .append("</tspan>");
        if (words.length > 1) {
            label.append("<tspan x=\"").append(String.format(Locale.ROOT, "%.1f", x)).append("\" dy=\"15\">")
                    .append(escape(words[1])).append("</tspan>");
        }
        return label.append("</text>").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"%s\">", WIDTH, HEIGHT, escape(title)));
        return svg;
    }

    private static void axis(StringBuilder svg, double top) {
        for (int step = 0; step <= 4; step++) {
            double value = top * step / 4;
            double y = HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * step / 4.0;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - 10, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6,
                    y + 4, number(value)));
        }
    }

    private static String shortLabel(String label, int count) {
        return count > 12 && label.length() == 10 ? label.substring(5) : label;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
