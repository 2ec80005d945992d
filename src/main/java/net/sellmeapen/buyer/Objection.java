package net.sellmeapen.buyer;

import java.util.List;

/** The pushback a scripted buyer raises, each with a few ways to say it. */
enum Objection {
    PRICE(List.of("That sounds expensive for a pen.",
            "How much is it? I don't want to spend a lot on a pen.",
            "Pens are cheap. Why would I pay more for this one?")),
    PRICE_AGAIN(List.of("It's still too expensive. Why would I pay that?",
            "I keep coming back to the price. It's too much.")),
    ALREADY_HAVE(List.of("I already have a pen that works.",
            "I've got a drawer full of pens already.",
            "Thanks, but I already have pens at home.")),
    NO_NEED(List.of("Honestly, I don't really need a new pen.",
            "Why would I need another pen? I do most things on my phone.")),
    THINK_ABOUT_IT(List.of("Let me think about it.",
            "I'm not sure. I'll sleep on it.",
            "Can I get back to you on that?")),
    TIMING(List.of("Not right now. It's a bad time for me.",
            "Maybe later. Not right now.")),
    ALTERNATIVE(List.of("I could get one online for a dollar.",
            "I get free pens everywhere I go.",
            "Any pen from the supermarket does the same job.")),
    NOT_INTERESTED(List.of("To be honest, I'm not interested.",
            "I'll be straight with you: not interested."));

    private final List<String> lines;

    Objection(List<String> lines) {
        this.lines = lines;
    }

    List<String> lines() {
        return lines;
    }
}
