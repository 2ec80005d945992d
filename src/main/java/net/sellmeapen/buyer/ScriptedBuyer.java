package net.sellmeapen.buyer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConversationAnalysis;
import net.sellmeapen.conversation.analysis.ConversationAnalyzer;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;
import net.sellmeapen.language.Phrases;

/**
 * The offline buyer: it listens through the same conversation analysis the scorecard uses and keeps
 * one state of the conversation ({@link BuyerMemory}) — what it revealed, what it was told, its
 * concerns and what it is waiting for. It answers every question in a message from a hidden profile
 * (the same facts every time), says "as I said" only about what it said, names a price only once
 * the price came up, presses a concern until it is answered with substance, asks what was meant
 * when unsure, walks away from insults, nonsense and wasted time, and buys only when asked,
 * interested enough and with nothing open. The state is rebuilt from the conversation at every
 * reply, so a session always gets the same replies, even after a restart.
 */
public final class ScriptedBuyer implements Buyer {

    private final ConversationAnalyzer analyzer;
    private final Product product;
    private final BuyerCast cast = new BuyerCast();
    /** The words that name each of the product's needs, by need id, compiled once. */
    private final Map<String, Phrases> needCues = new LinkedHashMap<>();

    public ScriptedBuyer(ConversationAnalyzer analyzer, Product product) {
        this.analyzer = analyzer;
        this.product = product;
        product.needs().forEach(need -> needCues.put(need.id(), Phrases.of(need.cues().toArray(String[]::new))));
    }

    @Override
    public String opening(Scene scene) {
        if (scene.isDrill()) {
            return drillOpening(scene);
        }
        List<String> lines = cast.lines().openings().get(scene.difficulty().name());
        return lines.get((int) (BuyerCast.hash(scene.sessionId()) % lines.size()));
    }

    @Override
    public BuyerReply reply(Scene scene, List<Turn> history, String message) {
        List<Turn> turns = new ArrayList<>(history);
        int seq = history.isEmpty() ? 1 : history.get(history.size() - 1).seq() + 1;
        turns.add(new Turn(seq, Speaker.TRAINEE, message, Instant.EPOCH));
        ConversationAnalysis analysis = scene.isDrill() ? analyzer.analyseDrill(turns) : analyzer.analyse(turns);
        BuyerProfile profile = cast.forSession(scene.sessionId());
        BuyerMemory memory = new BuyerMemory(temperament(scene), Set.of(product.price(), product.regularPrice()));
        setUpDrill(scene, memory);
        BuyerVoice voice = new BuyerVoice(cast.lines(), profile, product, needCues, memory.temperament.tough());
        BuyerReply reply = null;
        for (TraineeTurnReading turn : analysis.traineeTurns()) {
            List<String> said = turns.subList(0, turn.index()).stream().filter(t -> t.speaker() == Speaker.BUYER)
                    .map(Turn::text).toList();
            reply = new BuyerTurn(scene, profile, voice, product, memory, turn, said).respond();
        }
        return reply;
    }

    private static Temperament temperament(Scene scene) {
        Temperament temperament = Temperament.of(scene.difficulty());
        return scene.isDrill() ? temperament.forDrill(scene.drill()) : temperament;
    }

    /** What a drill's opening line already said: the facts it told and the concern it raised. */
    private static void setUpDrill(Scene scene, BuyerMemory memory) {
        if (!scene.isDrill()) {
            return;
        }
        switch (scene.drill()) {
            case VALUE_PROPOSITION -> {
                memory.tell(Topic.WORK);
                memory.tell(Topic.PAIN);
            }
            case URGENCY_CREATION -> {
                memory.tell(Topic.TIMING);
                memory.raise(Concern.TIMING, 0, false);
            }
            case OBJECTION_HANDLING -> {
                memory.priceKnown = true;
                memory.raise(Concern.PRICE, 0, false);
            }
            case CLOSING_TECHNIQUE -> memory.tell(Topic.PAIN);
            case NEEDS_DISCOVERY -> {
            }
        }
    }

    /** A drill's first line: the buyer starts where the skill is needed, from the session's profile. */
    private String drillOpening(Scene scene) {
        BuyerProfile profile = cast.forSession(scene.sessionId());
        List<String> lines = cast.lines().drillOpenings().get(scene.drill().key());
        String price = cast.lines().concerns().get(profile.budget() < product.price() ? "PRICE_OVER_BUDGET"
                : "PRICE_VALUE").get(0).replace("{price}", Integer.toString(product.price()))
                .replace("{budget}", Integer.toString(profile.budget()));
        return lines.get((int) (BuyerCast.hash(scene.sessionId()) % lines.size()))
                .replace("{work}", profile.answer(Topic.WORK, 0))
                .replace("{pain}", profile.answer(Topic.PAIN, 0))
                .replace("{timing}", profile.answer(Topic.TIMING, 0))
                .replace("{price}", price);
    }

    /** Who the buyer is in a session, so tests and the voice persona can describe them. */
    BuyerProfile profile(String sessionId) {
        return cast.forSession(sessionId);
    }

    /** The id of the hidden profile a session's buyer plays (e.g. {@code paralegal}), for reports. */
    public String buyerId(String sessionId) {
        return cast.forSession(sessionId).id();
    }

    @Override
    public String persona(String sessionId) {
        return buyerId(sessionId);
    }

    /** Every profile id a session can meet. */
    public List<String> buyerIds() {
        return cast.profiles().stream().map(BuyerProfile::id).toList();
    }
}
