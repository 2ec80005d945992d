package net.sellmeapen.buyer;

import java.util.List;
import java.util.Map;
import net.sellmeapen.conversation.Difficulty;

/** What a scripted buyer says in each situation: several phrasings, in a friendly and a tough voice. */
final class BuyerLines {

    private BuyerLines() {
    }

    /** A situation the buyer reacts to. */
    enum Situation {
        GREETING, TIED_BENEFIT, GENERIC_BENEFIT, FEATURE, DIFFERENTIATION, TIED_URGENCY, GENERIC_URGENCY,
        OBJECTION_RESOLVED, ARGUED, UNANSWERED, NOT_CONVINCED, TOO_MANY_QUESTIONS, UNCLEAR_QUESTION, OFF_TOPIC,
        RUDE, INTERRUPT, HELPFUL_QUESTION, SALE, NO_SALE, WALK_AWAY
    }

    static final Map<Difficulty, List<String>> OPENINGS = Map.of(
            Difficulty.EASY, List.of(
                    "Oh, a pen? Sure, I've got a few minutes. Go ahead, sell me this pen.",
                    "Hi there! Alright, I'm curious. Sell me this pen."),
            Difficulty.MEDIUM, List.of(
                    "Alright... sell me this pen.",
                    "Okay, I'm listening. Sell me this pen."),
            Difficulty.HARD, List.of(
                    "Fine. You've got a few minutes. Sell me this pen.",
                    "I've heard a lot of pitches today. Go on, sell me this pen."),
            Difficulty.EXPERT, List.of(
                    "Make it quick. Sell me this pen, and don't waste my time.",
                    "You have two minutes. Sell me this pen. Cheaply."));

    private static final Map<Situation, List<String>> FRIENDLY = Map.ofEntries(
            Map.entry(Situation.GREETING, List.of("Hi! Nice to meet you. So, what have you got?",
                    "Hello! I'm fine, thanks. So, tell me about this pen.")),
            Map.entry(Situation.TIED_BENEFIT, List.of("Okay, that would actually help me.",
                    "Hm, that does sound useful for me.", "Oh, that's exactly my problem.")),
            Map.entry(Situation.GENERIC_BENEFIT, List.of("That sounds nice.", "Okay, I can see that.")),
            Map.entry(Situation.FEATURE, List.of("Okay, good to know.", "Sure, it looks well made.")),
            Map.entry(Situation.DIFFERENTIATION, List.of("So it's better than the usual ones?",
                    "Okay, that's different from mine.")),
            Map.entry(Situation.TIED_URGENCY, List.of("Oh, the timing would actually work for me.",
                    "True, I'd want it before then.")),
            Map.entry(Situation.GENERIC_URGENCY, List.of("Is there really a rush?", "Hm, okay.")),
            Map.entry(Situation.OBJECTION_RESOLVED, List.of("Fair enough.", "Okay, that makes sense.",
                    "Alright, I hadn't thought of it that way.")),
            Map.entry(Situation.ARGUED, List.of("There's no need to argue with me.",
                    "Hey, I'm only telling you what I think.")),
            Map.entry(Situation.UNANSWERED, List.of("You didn't really answer me.", "But what about my point?")),
            Map.entry(Situation.NOT_CONVINCED, List.of("I'm not sure yet. Why would I want it?",
                    "Not yet. Tell me more about what it does for me.")),
            Map.entry(Situation.TOO_MANY_QUESTIONS, List.of("You ask a lot of questions! What about the pen?")),
            Map.entry(Situation.UNCLEAR_QUESTION, List.of("What do you mean exactly?",
                    "Sorry, what do you want to know?")),
            Map.entry(Situation.OFF_TOPIC, List.of("Sorry, what does that have to do with the pen?",
                    "I'm not sure where you're going with this.")),
            Map.entry(Situation.RUDE, List.of("Excuse me? There's no need to be rude.")),
            Map.entry(Situation.INTERRUPT, List.of("Whoa, slow down.")),
            Map.entry(Situation.HELPFUL_QUESTION, List.of("Is it comfortable for long writing sessions?",
                    "How long does the ink last?", "Does it come in other colours?")),
            Map.entry(Situation.SALE, List.of("Alright, you've convinced me. I'll take it.",
                    "Okay, you sold me. I'll take one.")),
            Map.entry(Situation.NO_SALE, List.of("I don't think so. I'll pass, but thanks for your time.",
                    "No thanks. I'll pass on this one.")),
            Map.entry(Situation.WALK_AWAY, List.of("Sorry, I have to go. I'll pass on the pen.",
                    "I think we're done here. No thanks.")));

    private static final Map<Situation, List<String>> TOUGH = Map.ofEntries(
            Map.entry(Situation.GREETING, List.of("Skip the small talk.", "Yes, hello. Get on with it.")),
            Map.entry(Situation.TIED_BENEFIT, List.of("Fine, that's relevant. I'll give you that.",
                    "Okay. That's at least about my problem.")),
            Map.entry(Situation.GENERIC_BENEFIT, List.of("Every salesperson says that.",
                    "Nice words. What does it do for me?")),
            Map.entry(Situation.FEATURE, List.of("So? Every pen writes.", "I don't care what it's made of.")),
            Map.entry(Situation.DIFFERENTIATION, List.of("Better than the rest? Prove it.",
                    "They all say theirs is different.")),
            Map.entry(Situation.TIED_URGENCY, List.of("Hm. The timing does matter for me.",
                    "Fine, I do need it before then.")),
            Map.entry(Situation.GENERIC_URGENCY, List.of("Don't pressure me.",
                    "Every shop says the offer ends soon.")),
            Map.entry(Situation.OBJECTION_RESOLVED, List.of("Hm. I suppose that's fair.", "Fine. Maybe.",
                    "Okay, that's a better answer than I expected.")),
            Map.entry(Situation.ARGUED, List.of("Don't tell me what I think.",
                    "Arguing with me won't sell you anything.")),
            Map.entry(Situation.UNANSWERED, List.of("You're dodging my point.", "That's not an answer.")),
            Map.entry(Situation.NOT_CONVINCED, List.of("Not yet. You haven't convinced me.",
                    "No. Give me a real reason first.")),
            Map.entry(Situation.TOO_MANY_QUESTIONS, List.of("Enough questions. What's so special about this pen?",
                    "Is this an interview? Get to the pen.")),
            Map.entry(Situation.UNCLEAR_QUESTION, List.of("Get to the point.", "What are you actually asking?")),
            Map.entry(Situation.OFF_TOPIC, List.of("What does that have to do with anything?",
                    "You're wasting my time.")),
            Map.entry(Situation.RUDE, List.of("Watch your tone.")),
            Map.entry(Situation.INTERRUPT, List.of("Stop. That's far too long.", "Slow down, you're rambling.")),
            Map.entry(Situation.HELPFUL_QUESTION, List.of("And?")),
            Map.entry(Situation.SALE, List.of("Fine. You've earned it. I'll take it.",
                    "Alright. Deal, I'll take one.")),
            Map.entry(Situation.NO_SALE, List.of("No. I'll pass.", "No deal. I'll pass.")),
            Map.entry(Situation.WALK_AWAY, List.of("I've heard enough. I'm leaving. No deal.",
                    "That's it, I'm done. I'll pass.")));

    static List<String> lines(Situation situation, boolean tough) {
        return (tough ? TOUGH : FRIENDLY).get(situation);
    }
}
