package net.sellmeapen.simulation.trainees;

import java.util.List;

/** Discovery questions a trainee can ask, with plainer versions and ways to acknowledge the answers. */
final class Questions {

    static final List<String> ACK_PLAIN = List.of("Got it.", "Okay.", "Thanks.", "Right.", "Makes sense.",
            "I see.", "Good to know.", "Understood.");
    static final List<String> ACK_PAIN = List.of("That sounds annoying.", "Ugh, I know that one.",
            "That's frustrating.", "Right, that would bug me too.", "Fair, that's a real nuisance.",
            "Oh, that's no fun.", "I hear that a lot, actually.");
    static final List<String> ACK_WORK = List.of("Got it \u2014 {work}.", "Oh nice, {work}.",
            "Right, so {work}.", "Okay, {work} \u2014 thanks.");
    static final List<String> ACK_PEN = List.of("Okay, so {pen}.", "Right, {pen}.", "Got it \u2014 {pen}.");
    static final List<String> ACK_EVENT = List.of("Oh, {event} \u2014 good to know.",
            "Good to know: {event}.", "Right, {event}.");

    private Questions() {
    }

    static List<String> about(Topic topic, boolean penKnown) {
        return switch (topic) {
            case WORK -> List.of("What do you do for work?", "What kind of work do you do?",
                    "Can I ask what you do for a living?", "What's your job, if you don't mind me asking?",
                    "What does a normal working day look like for you?");
            case HOW_WRITE -> List.of("How much do you write by hand in a day?",
                    "What do you usually write \u2014 notes, forms, signatures?",
                    "When do you reach for a pen during the day?",
                    "Do you write a lot by hand, or mostly sign things?",
                    "What sort of writing do you do most?");
            case CURRENT_PEN -> List.of("What are you using at the moment?", "What pen do you use now?",
                    "What do you write with these days?", "Tell me about the pen you've got now.",
                    "Which pen do you usually grab?");
            case BOTHERS -> penKnown
                    ? List.of("And what annoys you about it?", "Anything about it that bugs you?",
                            "What would you change about it?", "Does it ever let you down?")
                    : List.of("Is there anything about your pens that bugs you?",
                            "What's the most annoying thing about the pens you've had?",
                            "When a pen lets you down, what usually goes wrong?",
                            "What would you change about the pens you use?");
            case MATTERS -> List.of("What matters most to you in a pen?",
                    "If you picked the perfect pen, what would it have to do?",
                    "What's important to you when you choose a pen?",
                    "What would make a pen worth paying for, to you?");
            case TIMING -> List.of("Anything coming up where you'll be writing a lot?",
                    "Have you got anything coming up \u2014 exams, meetings, a big signing?",
                    "Is there a busy stretch coming up for you?",
                    "What's on your plate in the next few weeks?");
        };
    }

    /** Two questions asked together, only for topics that read naturally as one sentence. */
    static List<String> pair(Topic a, Topic b) {
        if (a == Topic.WORK && b == Topic.HOW_WRITE) {
            return List.of("What do you do for work, and how much of it is writing by hand?",
                    "What's your job, and what do you end up writing during the day?",
                    "What do you do, and where does a pen come into it?");
        }
        if (a == Topic.CURRENT_PEN && b == Topic.BOTHERS) {
            return List.of("What do you write with now, and what bugs you about it?",
                    "What pen are you using at the moment \u2014 and is there anything you don't like about it?",
                    "What's your pen right now, and does it ever let you down?");
        }
        return List.of();
    }

    static String plain(Topic topic) {
        return switch (topic) {
            case WORK -> "What is your job?";
            case HOW_WRITE -> "What do you write by hand, and how often?";
            case CURRENT_PEN -> "Which pen do you use now?";
            case BOTHERS -> "What goes wrong with your pens?";
            case MATTERS -> "What do you want most from a pen?";
            case TIMING -> "Is anything coming up soon where you will write a lot?";
        };
    }
}
