package net.sellmeapen.simulation.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a composed message into text in one trainee's typing style, keeping it under the word limit. */
final class Voice {

    static final int MAX_WORDS = 55;

    private static final List<String> CHATTY_OPENERS = List.of("Okay!", "Right, right.", "Ah, I see.",
            "Sure, sure.", "Oh, okay.", "Hmm, right.", "Oh, good.", "Alright!", "Ooh, okay.", "Yes, totally.");
    private static final List<String> CHATTY_TAILS = List.of("Hope that makes sense!", "Just my two cents!",
            "Sorry, I do go on!", "I could talk about pens all day, ha.", "Anyway, that's how I see it.",
            "I really do think it's a lovely pen.", "Honestly, it's a nice thing to write with.");
    // A list rather than a map so the replacements always run in the same order.
    private static final List<String[]> EXPAND = List.of(new String[] {"It's got", "It has"},
            new String[] {"it's got", "it has"}, new String[] {"isn't it", "is it not"}, new String[] {"I'm", "I am"},
            new String[] {"it's", "it is"}, new String[] {"It's", "It is"}, new String[] {"don't", "do not"},
            new String[] {"Don't", "Do not"}, new String[] {"you're", "you are"}, new String[] {"that's", "that is"},
            new String[] {"That's", "That is"}, new String[] {"can't", "cannot"}, new String[] {"won't", "will not"},
            new String[] {"I'll", "I will"}, new String[] {"there's", "there is"}, new String[] {"what's", "what is"},
            new String[] {"What's", "What is"}, new String[] {"you've", "you have"}, new String[] {"I've", "I have"},
            new String[] {"doesn't", "does not"}, new String[] {"isn't", "is not"}, new String[] {"let's", "let us"},
            new String[] {"Let's", "Let us"}, new String[] {"you'd", "you would"}, new String[] {"I'd", "I would"},
            new String[] {"wouldn't", "would not"}, new String[] {"Here's", "Here is"},
            new String[] {"here's", "here is"});
    private static final List<String[]> TERSE_SWAPS = List.of(
            new String[] {"would you like to", "want to"}, new String[] {"would you like", "want"},
            new String[] {"do you want", "want"}, new String[] {"I understand", "i get it"},
            new String[] {"okay", "ok"}, new String[] {"because", "cos"}, new String[] {"probably", "prob"},
            new String[] {"going to", "gonna"}, new String[] {"Shall I get you one", "want one"},
            new String[] {"about", "abt"});
    private static final List<String[]> TEXT_SPEAK = List.of(new String[] {"you're", "ur"},
            new String[] {"your", "ur"}, new String[] {"you", "u"}, new String[] {"thanks", "thx"},
            new String[] {"please", "pls"});
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{5,}\\b");

    private final TypingStyle style;
    private final Random random;
    private final boolean dropsQuestionMarks;
    private final boolean textSpeak;

    Voice(TypingStyle style, Random random) {
        this.style = style;
        this.random = random;
        this.dropsQuestionMarks = random.nextBoolean();
        this.textSpeak = random.nextBoolean();
    }

    TypingStyle style() {
        return style;
    }

    /** The message as this trainee types it, never over the word limit. */
    String render(Message m) {
        // Some styles add words (expanded contractions, tags), so tighten the budget until the result fits.
        String text = "";
        for (int budget = MAX_WORDS; budget > 0; budget -= 4) {
            text = render(m, budget);
            if (Words.count(text) <= MAX_WORDS) {
                return text;
            }
        }
        return text;
    }

    private String render(Message m, int budget) {
        List<Message.Part> parts = new ArrayList<>();
        for (Message.Part p : m.parts()) {
            if (!p.optional() || style != TypingStyle.TERSE) {
                parts.add(p);
            }
        }
        fit(parts, budget);
        if (style == TypingStyle.CHATTY && !m.isFarewell()) {
            chat(parts);
        }
        List<String> texts = new ArrayList<>();
        for (Message.Part p : parts) {
            texts.add(p.text());
        }
        String text = String.join(" ", texts);
        return switch (style) {
            case TERSE -> terse(text);
            case NON_NATIVE -> nonNative(text);
            default -> text;
        };
    }

    /** Drops optional parts, then middle ones, until the message is short enough; the last part is usually the ask. */
    private static void fit(List<Message.Part> parts, int max) {
        for (int i = parts.size() - 1; i >= 0 && words(parts) > max; i--) {
            if (parts.get(i).optional()) {
                parts.remove(i);
            }
        }
        while (words(parts) > max && parts.size() > 2) {
            parts.remove(parts.size() - 2);
        }
        // A shorter first part beats a message the buyer stops reading, so trim it sentence by sentence.
        while (words(parts) > max && parts.size() == 2) {
            List<String> sentences = Words.sentences(parts.get(0).text());
            if (sentences.size() < 2) {
                break;
            }
            sentences.remove(sentences.size() - 1);
            parts.set(0, new Message.Part(String.join(" ", sentences), parts.get(0).optional()));
        }
    }

    private static int words(List<Message.Part> parts) {
        int n = 0;
        for (Message.Part p : parts) {
            n += Words.count(p.text());
        }
        return n;
    }

    /** Adds a filler opener and, after a substantial sentence, a chatty aside, while staying under the limit. */
    private void chat(List<Message.Part> parts) {
        if (random.nextDouble() < 0.5 && !parts.isEmpty() && Words.count(parts.get(0).text()) > 3) {
            String opener = CHATTY_OPENERS.get(random.nextInt(CHATTY_OPENERS.size()));
            if (words(parts) + Words.count(opener) <= MAX_WORDS) {
                parts.add(0, new Message.Part(opener, false));
            }
        }
        // The aside goes before the closing question, and only after real content, or it reads as a non sequitur.
        int at = parts.size() - 1;
        if (random.nextDouble() < 0.35 && at >= 1 && Words.count(parts.get(at - 1).text()) >= 8) {
            String tail = CHATTY_TAILS.get(random.nextInt(CHATTY_TAILS.size()));
            if (words(parts) + Words.count(tail) <= MAX_WORDS) {
                parts.add(at, new Message.Part(tail, false));
            }
        }
    }

    private String terse(String text) {
        String t = text;
        for (String[] s : TERSE_SWAPS) {
            t = t.replaceAll("(?i)\\b" + Pattern.quote(s[0]) + "\\b", s[1]);
        }
        if (textSpeak) {
            for (String[] s : TEXT_SPEAK) {
                t = t.replaceAll("(?i)\\b" + Pattern.quote(s[0]) + "\\b", s[1]);
            }
        }
        t = t.toLowerCase(Locale.ROOT)
                .replace("\u2014", " ")
                .replaceAll(" - ", " ")
                .replaceAll("[,;:!\"()]", " ")
                .replace("'", "")
                .replaceAll("\\.(?!\\d)", " ");
        if (dropsQuestionMarks) {
            t = t.replace("?", " ");
        }
        t = t.replaceAll("\\s+", " ").replaceAll(" \\?", "?").strip();
        return random.nextDouble() < 0.3 ? typo(t) : t;
    }

    /** Swaps or drops a letter in one longer word, the way a hurried typer slips. */
    private String typo(String t) {
        Matcher m = WORD.matcher(t);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return t;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        int i = span[0] + 1 + random.nextInt(span[1] - span[0] - 2);
        if (random.nextBoolean()) {
            return t.substring(0, i) + t.charAt(i + 1) + t.charAt(i) + t.substring(i + 2);
        }
        return t.substring(0, i) + t.substring(i + 1);
    }

    private String nonNative(String text) {
        String t = text;
        for (String[] e : EXPAND) {
            t = t.replaceAll("\\b" + Pattern.quote(e[0]) + "\\b", e[1]);
        }
        if (random.nextDouble() < 0.6) {
            t = t.replaceAll("(^|[.!?]\\s+)Do you ", "$1You ").replaceAll("\\b(What|How|Where|When) do you ", "$1 you ");
        }
        if (random.nextDouble() < 0.5) {
            t = t.replaceFirst(" the ", " ");
        }
        if (random.nextDouble() < 0.4) {
            t = t.replaceFirst("\\bI think\\b", "I am thinking").replaceFirst("\\ba lot\\b", "very much");
        }
        if (random.nextDouble() < 0.3) {
            t = t.replaceFirst("\\breally\\b", "very").replaceFirst("\\bWould you like\\b", "You would like");
        }
        if (random.nextDouble() < 0.25) {
            // Only a real statement gets the tag, not a one-word "Understood."
            t = t.replaceFirst("^((?:[^.?!\\s]+\\s+){4,}[^.?!\\s]+)\\.(\\s|$)", "$1, yes?$2");
        }
        return t;
    }
}
