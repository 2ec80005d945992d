package net.sellmeapen.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what someone typed into the parts that each do one thing: sentences, then a greeting or
 * lead-in set apart from what it leads into ("Before I tell you about this pen, | can I ask what you
 * do?"), then clauses joined by "and", "but" or a semicolon when the second one starts a question or
 * a statement of its own ("What do you do, | and what do you write with?").
 */
public final class Clauses {

    /** Most parts one message is split into; a wall of text is read no further. */
    public static final int MAX_PARTS = 16;

    // (a smiley ends one too: "that's under it :) what would help?")
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|\\R+"
            + "|\\s*(?<![\\w(])[:;]-?[)(dDpP](?![\\w)(])\\s*");

    /** A greeting, thanks or filler at the start of a sentence, with an optional name, set off by punctuation. */
    private static final Pattern COURTESY = Pattern.compile("^(?:(hi|hello|hey|hiya|thanks|thank you|thanks a lot|"
            + "cheers|morning|good morning|good afternoon|good evening)|okay|ok|oh|so|well|great|cool|right|alright|"
            + "all right|sure|perfect|awesome|got it|i see|nice|good|lovely|brilliant|wonderful|excellent|fantastic|"
            + "fair enough|hmm|um|uh|yes|yeah|yep|no|nope|now|and|also|look|listen)(?:\\s+(?:there|then|now|sir|madam|"
            + "mate|friend|[a-z]{2,12}))?\\s*[,!:;\u2014\u2013-]+\\s+", Pattern.CASE_INSENSITIVE);

    /** How a lead-in starts: it only announces what comes after the comma. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:before\\b|if i may\\b|if you don't mind\\b|"
            + "if you do not mind\\b|just out of curiosity\\b|out of curiosity\\b|just curious\\b|quick question\\b|"
            + "first of all\\b|first off\\b|firstly\\b|(?:just |purely )?out of interest\\b|to start\\b|to begin\\b|let me ask\\b|one question\\b|"
            + "one more thing\\b|by the way\\b|btw\\b|just so i\\b|so i can\\b|to understand\\b|"
            + "to get a sense\\b|i'm curious\\b|i am curious\\b|i was wondering\\b|i wanted to ask\\b|"
            + "i'd like to ask\\b|i would like to ask\\b|may i ask\\b|can i ask\\b|could i ask\\b)"
            // ("Before I say anything about the pen - what do you use it for, and …?": a typed dash ends it too)
            + "(?:(?!\\s-{1,2}\\s)[^,:;\u2014\u2013?]){0,80}(?:[,:;\u2014\u2013]|\\s-{1,2})\\s+", Pattern.CASE_INSENSITIVE);

    /** "Can I ask what you'd weigh up, …": the asking lead-in holds the question itself. */
    private static final Pattern EMBEDDED_QUESTION = Pattern.compile("^(?:(?:can|may|could) i ask|let me ask|"
            + "i was wondering|i wanted to ask|i'd like to ask|i would like to ask|i'm curious|i am curious|just curious)"
            + "\\s+(?:you\\s+)?(?:what|how|why|when|where|which|who|whether|if)\\b", Pattern.CASE_INSENSITIVE);

    /** Where two clauses may meet: punctuation, a conjunction, or both. */
    // (a hyphen typed between spaces is a dash: "Statements by hand - what line of work is that?")
    private static final Pattern JOINT = Pattern.compile("(?:\\s*[,;:\u2014\u2013]\\s*(?:(?:and|but|plus|also|or)\\s+)?"
            + "|\\s+-{1,2}\\s+|\\s+(?:and|but|plus|also)\\s+)(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** What ends a guess put as a question: "…, I'm guessing?", "…, I take it?". */
    private static final Pattern GUESS_TAIL = Pattern.compile("(?:i'm guessing|im guessing|i guess|i take it|i assume|"
            + "i bet|i'd guess|i imagine|right|yeah|then|maybe|perhaps)\\s*\\?+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPED_DASH = Pattern.compile("^\\s+-{1,2}\\s+$");

    private static final String FILLERS = "(?:(?:and|but|plus|also|or|so|like|um|uh|erm|then|oh)[,]?\\s+)*";

    /** What a question of its own starts with: a question word or a verb with its subject, "tell me". */
    // ("…, and roughly what do they cost you each?": an adverb before the question word)
    private static final Pattern QUESTION_START = Pattern.compile("^" + FILLERS
            + "(?:(?:roughly|honestly|approximately|generally|usually|typically|normally) )?(?:what|what's|whats|how|how's|why|"
            + "when|where|which|who|whose|whether|wat|wot|(?:for|in|on|about|with) what|(?:do|does|did|are|is|was|were|can|"
            + "could|would|will|have|has|should|"
            + "may|shall)\\s+(?:you|u|ya|your|ur|i|we|it|they|that|this|there|anyone|anybody|someone|somebody|anything|"
            + "something|he|she)"
            + "\\b|tell me|any\\s)", Pattern.CASE_INSENSITIVE);

    /** What a statement of its own starts with, after a conjunction: a subject and its verb. */
    private static final Pattern STATEMENT_START = Pattern.compile("^" + FILLERS + "(?:i\\s|i'm|i'd|i'll|i've|it's|"
            + "it\\s|its\\s|this\\s|that's|you'll|you'd|you're|you've|you\\s|your\\s|we\\s|we'll|we're|there's|"
            + "the\\s|one\\s|refills?\\s|let me|let's|shall\\s|would you|can i)", Pattern.CASE_INSENSITIVE);

    /** A statement that starts on a noun ("the grip is soft") and so needs a verb to stand alone. */
    private static final Pattern NOUN_START = Pattern.compile("^" + FILLERS + "(?:the|one)\\s", Pattern.CASE_INSENSITIVE);
    /** A verb that lets a clause starting on a noun stand alone: "…, and the ink dries at once". */
    private static final Pattern VERB = Pattern.compile("\\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|"
            + "could|should|may|might|won't|doesn't|isn't|aren't|can't|wasn't|makes?|means?|lasts?|keeps?|gets?|goes|"
            + "dries|writes?|feels?|looks?|works?|costs?|comes?|holds?|stays?|runs?|fits?|clicks?|glides?|helps?|"
            + "saves?|needs?|takes?|gives?|sits?|leaks?|smudges?|breaks?)\\b|'s\\b|'re\\b|'ll\\b", Pattern.CASE_INSENSITIVE);

    /** A "where", "when", "which" or "who" that does not ask (no verb with its subject after it): "…, where it matters". */
    private static final Pattern RELATIVE = Pattern.compile("^(?:where|when|which|who|whose)\\s+(?!(?:do|does|did|"
            + "is|are|was|were|can|could|would|will|should|have|has)\\s+(?:you|u|ya|i|we|it|they|that|this|there)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A clause that cannot stand alone ("when a pen dies mid-statement"): it stays with the clause after it. */
    private static final Pattern SUBORDINATE = Pattern.compile("^" + FILLERS + "(?:when|whenever|if|once|since|because|"
            + "as soon as|although|though|unless|while|even if|every time|whatever|whichever|wherever|no matter|given|"
            + "considering|seeing as|seeing that|now that)\\s+(?!(?:do|does|did|is|are|was|were|can|"
            + "could|would|will|should|have|has|may|shall)\\b)", Pattern.CASE_INSENSITIVE);

    private Clauses() {
    }

    /** The parts of a text, in order, stripped, at most {@value #MAX_PARTS}. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            String rest = sentence.strip();
            if (rest.isEmpty()) {
                continue;
            }
            rest = setApart(COURTESY, rest, parts);
            rest = setApart(LEAD_IN, rest, parts);
            splitJoints(rest, parts);
            if (parts.size() >= MAX_PARTS) {
                return List.copyOf(parts.subList(0, MAX_PARTS));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * Whether a part is a lead-in set apart from what it leads into ("Before I tell you anything about
     * it", "Quick question"): it only announces, so it is never read as asking or claiming anything.
     */
    public static boolean isLeadIn(String part) {
        String text = part.strip();
        // "can I ask what you do day to day" (cut from "…, and how much you write?") asks it, it leads into nothing
        return !text.endsWith("?") && LEAD_IN.matcher(text + ", x").lookingAt()
                && !EMBEDDED_QUESTION.matcher(text).lookingAt();
    }

    /** Whether a part asks inside an asking lead-in: "can I ask what you do" asks what the buyer does. */
    public static boolean embedsQuestion(String part) {
        return EMBEDDED_QUESTION.matcher(part.strip()).lookingAt();
    }

    /** Moves a leading courtesy or lead-in into a part of its own when something of substance follows it. */
    private static String setApart(Pattern lead, String sentence, List<String> parts) {
        Matcher matcher = lead.matcher(sentence);
        if (!matcher.find() || lead == LEAD_IN && EMBEDDED_QUESTION.matcher(sentence).lookingAt()) {
            return sentence;
        }
        String rest = sentence.substring(matcher.end()).strip();
        // ("So police, I'm guessing?" is one guess: the courtesy slot took the guess itself)
        if (words(rest) < 2 || GUESS_TAIL.matcher(rest).matches()) {
            return sentence;
        }
        if (lead != COURTESY || matcher.group(1) != null) {
            parts.add(trimEnd(sentence.substring(0, matcher.end())));
        }
        return rest;
    }

    /**
     * Splits a sentence where a second clause of its own begins: a question (after a comma or a
     * conjunction, when the sentence asks), or a statement after a conjunction ("…, but it lasts").
     * A bare comma before a statement is not a joint: "It's light, you'll barely feel it" is one claim.
     */
    private static void splitJoints(String sentence, List<String> parts) {
        boolean asks = sentence.strip().endsWith("?");
        int start = 0;
        Matcher joint = JOINT.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && joint.find(from)) {
            String before = sentence.substring(start, joint.start());
            String after = sentence.substring(joint.start()).replaceFirst("^\\s*(?:[,;:\u2014\u2013]|-{1,2})?\\s*", "");
            // "Station-issue biros - so police, I'm guessing?": a typed dash sets a question apart from the
            // words it picks up; before anything else it joins what it always joined
            if (TYPED_DASH.matcher(joint.group()).matches()) {
                if (after.strip().endsWith("?") && !before.contains("?") && words(before) >= 2 && words(after) >= 2
                        && !SUBORDINATE.matcher(before.strip()).find()) {
                    parts.add(trimEnd(before));
                    start = joint.end();
                }
                from = joint.end();
                continue;
            }
            boolean conjunction = !joint.group().strip().matches("[,;:\u2014\u2013]?");
            boolean strong = joint.group().matches("(?s).*[;:\u2014\u2013].*");
            // "…clients, or is it all at your desk?" offers the other half of one question
            boolean alternative = joint.group().matches("(?is).*\\bor\\s*");
            // "…coming up, where that would matter?" is a relative clause, not a second question
            boolean relative = !conjunction && !strong && RELATIVE.matcher(after).find();
            boolean question = QUESTION_START.matcher(after).find() && (asks || conjunction || strong)
                    && !alternative && !relative;
            // ("…in the small boxes on the log and the prep sheets." lists a second thing; it says nothing new)
            boolean statement = STATEMENT_START.matcher(after).find() && (conjunction || strong)
                    && words(before) >= 3 && words(after) >= 3
                    && !(NOUN_START.matcher(after).find() && !VERB.matcher(after).find())
                    // ("your own name on it, or the firm's?" offers the second option of one choice)
                    && !(alternative && asks);
            // (only the stretch since the last joint: "When that happens, what do you do, | and how long …?")
            boolean dependent = SUBORDINATE.matcher(sentence.substring(from, joint.start()).strip()).find();
            if (words(before) >= 2 && words(after) >= 2 && (question || statement) && !dependent) {
                parts.add(trimEnd(before));
                start = joint.start() + leadingSeparator(sentence.substring(joint.start()));
            }
            from = joint.end();
        }
        String last = sentence.substring(start).strip();
        if (!last.isEmpty()) {
            parts.add(last);
        }
    }

    /** Length of the punctuation and spaces that start a joint (its conjunction stays with the clause). */
    private static int leadingSeparator(String text) {
        Matcher matcher = Pattern.compile("^\\s*[,;:\u2014\u2013]?\\s*").matcher(text);
        return matcher.find() ? matcher.end() : 0;
    }

    private static String trimEnd(String part) {
        return part.strip().replaceAll("[\\s,;:\u2014\u2013-]+$", "");
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
