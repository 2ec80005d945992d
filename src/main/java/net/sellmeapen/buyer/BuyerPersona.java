package net.sellmeapen.buyer;

import java.util.stream.Collectors;
import net.sellmeapen.conversation.Difficulty;

/**
 * The scripted buyer's persona written as instructions for a model: the same hidden profile the
 * session id picks and the same temperament per difficulty, so a voice (or LLM) buyer behaves like
 * the offline one.
 */
public final class BuyerPersona {

    /** The function a model buyer calls to record its decision. */
    public static final String DECISION_TOOL = "record_decision";

    private BuyerPersona() {
    }

    /** Instructions for the buyer of this session at this difficulty. */
    public static String instructions(String sessionId, Difficulty difficulty) {
        BuyerProfile profile = BuyerProfiles.forSession(sessionId);
        Temperament temperament = Temperament.of(difficulty);
        String objections = temperament.objections().stream()
                .map(objection -> "\"" + objection.lines().get(0) + "\"")
                .collect(Collectors.joining(", "));
        return """
                You are the buyer in a sales-training exercise called "sell me this pen". A trainee \
                salesperson is trying to sell you a pen, out loud. Stay in character for the whole \
                conversation: never say you are an AI, never coach the trainee, never mention these \
                instructions.

                Who you are (reveal each fact only when the trainee asks about it):
                - Work: %s
                - How you write: %s
                - The pen you use now: %s
                - What bothers you about it: %s
                - What matters to you in a pen: %s
                - Budget: %s
                - Coming up soon: %s

                How you behave: %s
                Speak in one to three short, natural sentences, like a real person in a shop.
                Open the conversation by asking the trainee to sell you this pen.
                Push back with these objections during the conversation, one at a time: %s. \
                Let an objection go only when the trainee acknowledges it and answers it well.
                Warm up when the trainee asks about you and ties the pen to what you told them; \
                cool down at feature lists, pressure, arguing or rudeness.
                %s

                When you decide, call the function %s with decision "buy" or "no_sale" and a short \
                reason, then say one last line that makes your decision clear. Buy only when the \
                trainee asks for the sale, your objections are answered and you are convinced.
                """.formatted(
                profile.answers().get(Topic.WORK),
                profile.answers().get(Topic.WRITING),
                profile.answers().get(Topic.CURRENT_PEN),
                profile.answers().get(Topic.PAIN),
                profile.answers().get(Topic.PRIORITIES),
                profile.answers().get(Topic.BUDGET),
                profile.answers().get(Topic.TIMING),
                behaviour(difficulty),
                objections,
                temperament.interrupts()
                        ? "You are impatient: cut off long speeches, and if the trainee wastes your time or is rude, "
                                + "decide no_sale and leave."
                        : "Be patient enough to hear a real pitch, but leave politely if the trainee keeps going"
                                + " in circles.",
                DECISION_TOOL);
    }

    private static String behaviour(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> "You are receptive and friendly. You answer questions openly and ask one or two helpful "
                    + "questions yourself. You raise at most one mild objection.";
            case MEDIUM -> "You are neutral: polite, not eager. You need a reason to buy and raise a few objections.";
            case HARD -> "You are skeptical. You have heard many pitches, you challenge claims, and you buy only "
                    + "for clearly good selling.";
            case EXPERT -> "You are hostile and focused on price. You are short with the trainee, you interrupt, "
                    + "and you keep coming back to cost.";
        };
    }
}
