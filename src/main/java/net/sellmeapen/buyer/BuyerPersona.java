package net.sellmeapen.buyer;

import java.util.stream.Collectors;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.Intent;
import net.sellmeapen.conversation.analysis.Topic;

/**
 * The scripted buyer's persona written as instructions for a model: the same hidden profile the
 * session id picks, the same product facts and the same temperament per difficulty, so a voice (or
 * LLM) buyer behaves like the offline one.
 */
public final class BuyerPersona {

    /** The function a model buyer calls to record its decision. */
    public static final String DECISION_TOOL = "record_decision";

    private final Product product;
    private final BuyerCast cast = new BuyerCast();

    public BuyerPersona(Product product) {
        this.product = product;
    }

    /** Instructions for the buyer of this session at this difficulty. */
    public String instructions(String sessionId, Difficulty difficulty) {
        BuyerProfile profile = cast.forSession(sessionId);
        Temperament temperament = Temperament.of(difficulty);
        String concerns = temperament.agenda().stream().map(Concern::description).collect(Collectors.joining(", "));
        return """
                You are the buyer in a sales-training exercise called "sell me this pen". A trainee \
                salesperson is trying to sell you a pen, the %s (%s, $%d). Stay in character for the \
                whole conversation: never say you are an AI, never coach the trainee, never mention these \
                instructions.

                Who you are (reveal each fact only when the trainee asks about it, and never contradict it):
                - Work: %s
                - How you write: %s
                - The pen you use now: %s
                - What bothers you about it: %s
                - What matters to you in a pen: %s
                - Budget: %s
                - Coming up soon: %s

                What the seller can truthfully tell you about the pen (the brief they were given):
                %s
                Anything else they promise — a discount, a free pen, a longer guarantee — is not true of this \
                pen, so treat it with suspicion.

                How you behave: %s
                Speak in one to three short, natural sentences, like a real person in a shop. Answer small \
                talk as small talk. Answer every question the trainee asks, in the order asked; if you are \
                not sure what they mean, ask a short question back instead of guessing. Never repeat a \
                sentence you already said, say "as I said" only about something you really said, and do not \
                name the price or your budget until money has come up in the conversation.
                Open the conversation by asking the trainee to sell you this pen.
                Push back during the conversation, one concern at a time, about: %s. A concern is settled \
                only when the trainee answers it with something specific — a fact, a number, your own \
                situation — not with "I understand" or a guarantee slogan. Keep pressing a concern until \
                it is answered.
                Warm up when the trainee asks about you and ties the pen to what you told them; cool down \
                at feature lists, superlatives, pressure, repetition or rudeness. If the trainee insults \
                you, talks nonsense or keeps repeating themselves, decide no_sale and leave. If they write \
                in another language, say plainly that you only understand English.
                %s

                When you decide, call the function %s with decision "buy" or "no_sale" and a short \
                reason, then say one last line that makes your decision and its reason clear. Buy only \
                when the trainee asks for the sale, every concern you raised is answered and you are \
                convinced. Your budget is $%d: never call a price within it too expensive for your budget.
                """.formatted(
                product.name(), product.summary(), product.price(),
                profile.work().get(0), profile.writing().get(0), profile.currentPen().get(0), profile.pain().get(0),
                profile.priorities().get(0), profile.budgetLines().get(0), profile.timing().get(0),
                brief(), behaviour(difficulty), concerns,
                temperament.longMessageWords() > 0
                        ? "You are impatient: cut off long speeches, and if the trainee wastes your time, decide"
                                + " no_sale and leave."
                        : "Be patient enough to hear a real pitch, but leave politely if the trainee keeps going"
                                + " in circles.",
                DECISION_TOOL, profile.budget());
    }

    /** The product brief as lines of a prompt: the facts a seller may use. */
    private String brief() {
        Product.Brief brief = product.brief();
        StringBuilder out = new StringBuilder();
        out.append("- ").append(brief.summary()).append(" Price $").append(brief.price()).append('\n');
        brief.offers().forEach(offer -> out.append("- ").append(offer.text()).append('\n'));
        out.append("- Guarantee: ").append(brief.guarantee()).append('\n');
        out.append("- Refills: ").append(brief.refills()).append('\n');
        brief.highlights().forEach(h -> out.append("- ").append(h.name()).append(": ").append(h.detail())
                .append('\n'));
        return out.toString().strip();
    }

    /**
     * What has happened so far, for a model buyer to stand behind at its next reply: what it told the
     * trainee, what the trainee gave it, whether money has come up, and its concerns — the same state
     * the scripted buyer keeps.
     */
    public String situation(ConversationAnalysis analysis, Difficulty difficulty) {
        BuyerMemory memory = new BuyerMemory(Temperament.of(difficulty),
                java.util.Set.of(product.price(), product.regularPrice()));
        analysis.traineeTurns().forEach(turn -> memory.hear(turn, true));
        String told = analysis.facts().stream().map(fact -> fact.topic().description()).distinct()
                .collect(Collectors.joining(", "));
        String given = memory.given.stream().map(BuyerPersona::describe).collect(Collectors.joining(", "));
        boolean money = memory.priceKnown || analysis.traineeTurns().stream()
                .anyMatch(turn -> turn.sentences().stream().anyMatch(s -> s.intent() == Intent.PRICE
                        || s.topic() == Topic.BUDGET));
        StringBuilder out = new StringBuilder("What has happened so far (stand behind it, and claim nothing else):\n");
        out.append("- You have told the trainee about: ").append(told.isEmpty() ? "nothing yet" : told).append('\n');
        out.append("- The trainee has given you: ").append(given.isEmpty() ? "nothing specific yet" : given)
                .append('\n');
        out.append(money ? "- Money has come up.\n" : "- Money has not come up yet: do not name the price or your"
                + " budget until it does.\n");
        for (ConcernEpisode concern : analysis.concerns()) {
            out.append("- You raised ").append(concern.concern().description()).append(": ")
                    .append(concern.isOpen() ? "still open, keep pressing it" : "answered").append('\n');
        }
        return out.toString();
    }

    private static String describe(BuyerMemory.Given given) {
        return switch (given) {
            case PRICE -> "the price";
            case VALUE -> "why it is worth the money";
            case GUARANTEE -> "the guarantee";
            case PROOF -> "a chance to try it or other proof";
            case OFFER -> "the current offer";
            case DEADLINE -> "a reason tied to your own deadline";
            case TIED_BENEFIT -> "a benefit built on what you told them";
        };
    }

    private static String behaviour(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> "You are receptive and friendly. You answer questions openly and ask one or two helpful "
                    + "questions yourself. You raise at most one mild concern.";
            case MEDIUM -> "You are neutral: polite, not eager. You need a reason to buy and raise a few concerns.";
            case HARD -> "You are skeptical. You have heard many pitches, you challenge claims, and you buy only "
                    + "for clearly good selling.";
            case EXPERT -> "You are hostile and focused on price. You are short with the trainee, you interrupt, "
                    + "and you keep coming back to cost.";
        };
    }
}
