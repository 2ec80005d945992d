package net.sellmeapen.simulation.trainees;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sellmeapen.simulation.trainees.BuyerLine.Ask;
import net.sellmeapen.simulation.trainees.BuyerLine.Decision;
import net.sellmeapen.simulation.trainees.BuyerLine.Objection;

/** Reads a buyer line the way a trainee would, by the words in it, with no knowledge of how the buyer is built. */
final class LineReader {

    private static final List<String> REFUSED = List.of("no deal", "i'll pass", "i will pass", "ill pass",
            "goodbye", "bye ", "i'm leaving", "im leaving", "we're done", "we are done", "no sale", "not buying",
            "won't be buying", "i'm walking away", "end of conversation", "i'm not going to buy",
            "not going to buy it", "i won't buy", "i'm off ", "have a nice day");
    private static final List<String> BOUGHT = List.of("i'll take it", "i will take it", "ill take it",
            "i'll take one", "i will take one", "i'll buy", "i will buy", "you've sold me", "you have sold me",
            "you sold me", "i'm sold", "im sold", "you've convinced me", "you have convinced me", "it's a deal",
            "you've got a deal", "i'll have one", "i'll get one", "count me in", "where do i pay", "where do i sign",
            "ring it up", "take my money", "let's do it", "ok deal", "okay deal", "fine deal");
    private static final List<String> CLARIFY = List.of("what do you mean", "how do you mean", "meaning ",
            "sorry what", "pardon", "come again", "say that again", "what was that", "i don't follow",
            "don't understand", "not sure what you mean", "which part", "like what", "what are you asking",
            "what are you saying", "huh ", "you lost me", "rephrase", "in plain english", "what exactly",
            "not sure what you're asking", "what's that supposed to mean");
    private static final List<String> POSITIVE = List.of("yes", "yeah", "yep", "sure", "ok ", "okay", "sounds good",
            "sounds great", "sounds nice", "sounds useful", "nice", "interesting", "i like", "not bad",
            "would help", "that'd help", "could help", "might help", "useful", "handy", "good point", "fair point",
            "fair enough", "maybe", "perhaps", "i suppose", "i guess", "true", "makes sense", "that helps",
            "tempting", "possibly", "i'd like", "that's good", "great", "cool", "go on", "i can see", "right ");
    private static final List<String> NEGATIVE = List.of("no ", "nope", "not really", "don't think so", "not sure",
            "nah", "doesn't help", "wouldn't help", "not convinced", "meh", "so what", "don't care", "doubt",
            "not for me", "still no", "i don't");
    private static final List<String> HEDGING = List.of("maybe", "perhaps", "i suppose", "i guess", "possibly",
            "not sure", "hmm", "hm ", "might", "we'll see", "could be", "i don't know", "dunno", "kind of", "sort of");
    private static final Pattern APPROVER = Pattern.compile(" (my|our) (line manager|office manager|finance team|"
            + "finance department|accounts team|procurement team|head of department|boss|manager|wife|husband|"
            + "partner|team|supervisor|director|company|employer|mum|mom|dad|parents|procurement) ");

    private LineReader() {
    }

    /** Reads one buyer line; the topic last asked about helps tell an answer from an objection. */
    static BuyerLine read(String raw, boolean opening, Topic asked) {
        String text = raw == null ? "" : Words.plainQuotes(raw).strip();
        String n = Words.normalize(text);
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> sentences = Words.sentences(text);
        String question = null;
        for (String s : sentences) {
            if (s.endsWith("?")) {
                question = s;
                break;
            }
        }
        Decision decision = decision(n);
        Objection objection = decision == Decision.NONE ? objection(n, lower, asked) : null;
        boolean clarifying = objection == null && decision == Decision.NONE && Words.count(text) <= 12
                && (Words.has(n, CLARIFY) || lower.matches("(what|sorry|huh|eh|meaning|which)\\?+"));
        Ask ask = question == null || clarifying ? null : ask(Words.normalize(question), question.toLowerCase(Locale.ROOT));
        return new BuyerLine(text, n, sentences, question, opening, decision, clarifying, objection, ask,
                Words.has(n, POSITIVE), Words.has(n, NEGATIVE), Words.has(n, HEDGING), approver(n));
    }

    private static Decision decision(String n) {
        if (Words.has(n, REFUSED)) {
            return Decision.REFUSED;
        }
        if (Words.has(n, BOUGHT) && !Words.has(n, "if ", "won't", "wouldn't", "not ")) {
            return Decision.BOUGHT;
        }
        return n.startsWith(" deal ") ? Decision.BOUGHT : Decision.NONE;
    }

    private static Objection objection(String n, String lower, Topic asked) {
        if (Words.has(n, "approval", "approve", "sign off", "signs off", "sign it off", "not my decision",
                "not up to me", "run it by", "clear it with", "permission", "check with", "ask my", "talk to my",
                "speak to my", "discuss it with", "procurement", "purchasing", "needs to agree", "has to agree",
                "have to ask", "need to ask", "my boss decides", "my manager decides")) {
            return Objection.APPROVAL;
        }
        if (Words.has(n, "think about it", "think it over", "think on it", "sleep on it", "let me think",
                "need to think", "have a think", "consider it", "mull it over", "get back to you", "i'll see",
                "not sure yet", "need some time", "give me time", "i'll let you know", "decide later",
                "not ready", "want to think", "think about that", "need to consider")) {
            return Objection.THINK;
        }
        if (Words.has(n, "cheaper", "for free", "free pens", "get them free", "get pens free", "pack of",
                "for a dollar", "a dollar", "dollar store", "pound shop", "supermarket", "bargain", "freebies",
                "giveaway", "give them away", "hotel pens", "bank pens", "from the bank", "ten for", "10 for",
                "box of", "costs less", "half the price", "for less", "for pennies", "a few cents", "cents each")) {
            return Objection.CHEAPER;
        }
        if (Words.has(n, "too expensive", "expensive", "too much for", "that's too much", "it's too much",
                "way too much", "bit much", "too much money", "costs too much", "is too much", "pricey", "pricy",
                "steep", "over my budget", "above my budget", "outside my budget", "out of my budget",
                "beyond my budget", "not in my budget", "over budget", "budget is tight", "tight budget",
                "on a budget", "can't afford", "cannot afford", "can't justify", "a lot for a pen",
                "a lot of money", "lot of money", "more than i want", "more than i'd", "more than i usually",
                "more than i pay", "more than i spend", "pay that much", "spend that much", "cost that much",
                "that much for a pen", "rip off", "ripoff",
                "overpriced", "spend that", "pay that")
                || (lower.contains("$") && lower.contains("for a pen"))) {
            return Objection.PRICE;
        }
        boolean strongHasPen = Words.has(n, "already have", "already got", "already own", "already use", "works fine", "works just fine", "does the job",
                "does the trick", "happy with my", "happy with the one", "plenty of pens", "loads of pens",
                "lots of pens", "drawer full", "drawer of", "have plenty", "got plenty", "enough pens");
        if (strongHasPen || asked != Topic.CURRENT_PEN && Words.has(n, "i have a pen", "i've got a pen",
                "got a pen", "my pen works", "mine works", "my current pen", "i've got one", "i have one",
                "have pens")) {
            return Objection.HAS_PEN;
        }
        if (Words.has(n, "don't need", "do not need", "no need", "don't really need", "why would i need",
                "hardly write", "rarely write", "barely write", "never write", "don't write", "type everything",
                "type most", "on my phone", "on my laptop", "use my phone", "use a laptop", "all digital",
                "any pen will do", "a pen is a pen", "just a pen", "all pens are the same", "pens are pens")) {
            return Objection.NO_NEED;
        }
        if (Words.has(n, "prove", "proof ", "should i believe", "believe you", "believe that", "believe it",
                "believe a word", "don't believe", "do not believe", "i doubt", "doubt it", "doubt that",
                "not convinced", "not so sure", "sounds like marketing", "marketing talk", "marketing speak", "sales talk",
                "sales pitch",
                "every pen says", "they all say", "everyone says", "all say that", "how do i know",
                "how would i know", "how can i be sure", "heard that before", "too good to be true", "big claims",
                "bold claim", "claims", "show me", "yeah right", "sure it does", "skeptic", "sceptic")
                || lower.matches("(?s).*\\breally\\?.*")) {
            return Objection.DOUBT;
        }
        if (Words.has(n, "i'm busy", "im busy", "really busy", "too busy", "busy right now", "bit busy",
                "busy today", "quite busy", "very busy", "come back later", "maybe later", "later on",
                "some other time", "another time", "not now", "not right now", "bad time", "not a good time",
                "no time", "don't have time", "haven't got time", "got no time", "in a rush", "in a hurry",
                "got to go now", "gotta go", "have to go now", "need to go now", "have to run", "need to run", "must go",
                "running late", "late for",
                "pressed for time", "make it quick", "keep it short", "be quick")) {
            return Objection.TIMING;
        }
        if (Words.has(n, "not interested", "no thanks", "no thank you", "don't want one", "don't want it", "don't want a pen",
                "don't want to buy", "do not want one", "not for me", "don't care about pens", "not really my thing", "nah",
                "not keen", "i'm good thanks", "i'm fine thanks",
                "no interest")) {
            return Objection.NOT_INTERESTED;
        }
        return null;
    }

    private static Ask ask(String q, String lower) {
        if (Words.has(q, "big deal")) {
            return Ask.SPECIAL;
        }
        if (Words.has(q, "discount", "a deal", "any deal", "the deal", "better deal", "deals", "offer", "cheaper", "better price", "promotion", "coupon",
                "special price", "sale ", "bulk", "any extras", "throw in")) {
            return Ask.OFFER;
        }
        if (Words.has(q, "guarantee", "guaranty", "warranty", "if it breaks", "if it fails", "stops working",
                "money back", "return it", "breaks")) {
            return Ask.GUARANTEE;
        }
        if (Words.has(q, "refill", "ink", "cartridge", "run out", "runs out", "how long", "last ", "lasts")) {
            return Ask.LASTS;
        }
        if (Words.has(q, "how much", "price", "cost", "what do you charge", "what are you asking", "pay for")) {
            return Ask.PRICE;
        }
        if (Words.has(q, "special", "why should", "why would i", "what makes", "different", "better than",
                "so good", "so great", "what's good", "whats good", "convince me", "what does it do",
                "in it for me", "why do i need", "why this", "why buy", "worth it", "why is it", "what's the point",
                "whats the point", "what's so", "whats so", "why would anyone", "what's in it")) {
            return Ask.SPECIAL;
        }
        if (Words.has(q, "what is it", "what's it", "whats it", "what kind of pen", "what sort of pen",
                "tell me about", "what is this", "what's this", "whats this", "what pen", "what are you selling",
                "what have you got", "what've you got", "what is the pen")) {
            return Ask.WHAT;
        }
        if (Words.has(q, "why do you ask", "why does that matter", "why do you want to know", "what's that got to do",
                "what does that have to do", "why does it matter", "why are you asking") || lower.strip().equals("why?")) {
            return Ask.WHY;
        }
        return Ask.OTHER;
    }

    private static String approver(String n) {
        Matcher m = APPROVER.matcher(n);
        if (m.find()) {
            return "your " + m.group(2);
        }
        if (Words.has(n, "procurement", "purchasing")) {
            return "procurement";
        }
        return null;
    }
}
