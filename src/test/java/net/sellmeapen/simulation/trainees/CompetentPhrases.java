package net.sellmeapen.simulation.trainees;

import java.util.List;

/** The wordings a competent trainee uses to open, pitch, check in and ask for the sale. */
final class CompetentPhrases {

    static final List<String> GREETINGS = List.of("Happy to.", "Sure thing.", "Gladly.", "With pleasure.",
            "Thanks for the chance.", "Love to.", "Great, let's do it.", "Of course.");
    static final List<String> BEFORE = List.of("Before I tell you about it, can I ask a couple of things?",
            "First, a quick question so I don't waste your time.", "I'd like to know a bit about you first.",
            "Quick question first.", "Let me understand what you need first.");
    static final List<String> TIES = List.of("{Need}. That's what the {h} is for \u2014 {d}.",
            "{Need} \u2014 so look at the {h}: {d}.",
            "Going back to what you told me: {need}. The {h} is made for that \u2014 {d}.",
            "{Need}, right? The {h} \u2014 {d}.", "{Need}. Here's where the {h} comes in: {d}.");
    static final List<String> OFFER_PITCH = List.of("Can I show you why I think it's worth it for you?",
            "Want me to show you the part that matters for you?",
            "Shall I show you how it fits what you told me?");
    static final List<String> REASK = List.of("Anyway \u2014 {q}", "But back to you: {q}", "Now, {q}");
    static final List<String> UNTIED = List.of("For what you do, I'd start with the {h} \u2014 {d}.",
            "The part I think you'll like is the {h} \u2014 {d}.", "Here's the short version: the {h} \u2014 {d}.",
            "Let me show you one thing: the {h} \u2014 {d}.");
    static final List<String> SECOND = List.of("And the {h2} \u2014 {d2}.", "Plus the {h2}: {d2}.",
            "On top of that, the {h2} \u2014 {d2}.");
    static final List<String> SECOND_SHORT = List.of("Plus the {h2}.", "And it has the {h2}.");
    static final List<String> TRIAL = List.of("Can you see that helping with {topic}?",
            "Would that make a difference for you?", "How does that sound for the way you write?",
            "Does that sound like it would help?", "Is that the kind of thing you'd want in a pen?");
    static final List<String> CLOSE = List.of("So, would you like one at {price}?", "Shall I get you one at {price}?",
            "Would you like to take one today?", "Can I put you down for one at {price}?",
            "Shall we go ahead with one?", "Want to give it a go at {price}?");
    static final List<String> CLOSE_AGAIN = List.of("Shall I get you one?", "Would you like one, then?",
            "So \u2014 shall I get you one at {price}?", "Can I get you one today?", "Want to go ahead?",
            "Shall we make it yours at {price}?");
    static final List<String> RECLOSE = List.of("Shall I get you one?", "Does that help? Shall we go ahead?",
            "Would you like one, then?", "So \u2014 shall I get you one at {price}?", "Can I get you one today?",
            "Does that answer it? Then shall I get you one?");
    static final List<String> CONFIRM = List.of("Great \u2014 shall I ring one up for you, then?",
            "Brilliant. One for you at {price}, then?", "Perfect \u2014 shall I get that sorted for you now?",
            "Lovely. Shall I put it through for you?");
    static final List<String> WARM = List.of("Great.", "Glad to hear it.", "Good.", "Brilliant.", "Nice.");
    static final List<String> PROBE = List.of("What's missing for you?", "What would it need to do for you?",
            "Fair \u2014 what would make it worth it for you?", "Okay. What's the sticking point?",
            "What's holding you back?", "What would make it a yes for you?");
    static final List<String> AFTER_TRY = List.of("How does that feel?", "What do you think?",
            "See what I mean?", "How was that?");
    static final List<String> THANKS = List.of("Great choice \u2014 thank you! Enjoy it.",
            "Thank you! I think you'll really like it.", "Brilliant, thanks. Enjoy writing with it.",
            "Thanks \u2014 you won't look back.");
    static final List<String> GOODBYE = List.of("No problem \u2014 thanks for your time.",
            "That's fine. Thanks for hearing me out.", "Understood. Thanks for listening, and have a good day.",
            "Fair enough \u2014 thanks for your time.");
    static final List<String> LEAVE = List.of("I won't keep you any longer \u2014 thanks for your time. {Offer}, if you change your mind.",
            "I'll leave it there. Thanks for listening \u2014 it's {price} until {ends} if you want one.",
            "Okay, I'll stop there. Thanks for your time.");

    private CompetentPhrases() {
    }

    static String plainClose(String price) {
        return "I'm asking if you would like to buy one, for " + price + ".";
    }
}
