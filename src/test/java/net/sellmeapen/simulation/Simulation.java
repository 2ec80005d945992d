package net.sellmeapen.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sellmeapen.buyer.BuyerReply;
import net.sellmeapen.buyer.Scene;
import net.sellmeapen.buyer.ScriptedBuyer;
import net.sellmeapen.conversation.Difficulty;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.simulation.trainees.ProductBrief;
import net.sellmeapen.simulation.trainees.SimulatedTrainee;
import net.sellmeapen.simulation.trainees.SimulatedTrainees;
import net.sellmeapen.simulation.trainees.Skill;

/**
 * Plays scripted trainees (written without sight of the buyer's code) against the scripted buyer:
 * every buyer profile at every difficulty at every skill, and checks each buyer line against the
 * transcript — a claim to have said something it never said, a long sentence said twice, a price
 * or budget named before money came up.
 */
public final class Simulation {

    /** Most trainee messages in one session. */
    static final int MAX_MESSAGES = 30;

    private static final Pattern AS_I_SAID = Pattern.compile(
            "(?i)\\b(?:as i said|like i said|like i mentioned|i already told you|i told you|as i mentioned|again:)"
                    + "[,:]?\\s*([^.!?]*)");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d+|\\b\\d+\\s?(?:dollars|bucks|quid)\\b"
            + "|\\b(?:two|three|four|five|ten|twelve|fifteen|eighteen|twenty|twenty-five|thirty|forty|fifty)"
            + "\\s+(?:dollars|bucks)\\b|\\b(?:fifteen|twenty|thirty|forty|fifty) dollars\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_TALK = Pattern.compile("(?i)\\$|£|\\b\\d+\\s?(?:dollars|bucks|quid)\\b|price|"
            + "cost|budget|spend|pay|afford|how much|cheap|expensive|dollar|bucks|quid|cents?\\b|discount|deal\\b");

    /** One played session and what went wrong in it. */
    public record Session(String buyer, Difficulty difficulty, Skill skill, String trainee, List<Turn> turns,
            Outcome outcome, List<String> falseAsISaid, List<String> repeats, List<String> earlyMoney) {

        String transcript() {
            StringBuilder out = new StringBuilder(String.format("%s at %s, %s (%s): %s%n", buyer, difficulty,
                    skill, trainee, outcome == null ? "no decision" : outcome));
            turns.forEach(t -> out.append(t.speaker() == Speaker.BUYER ? "  B: " : "  T: ").append(t.text())
                    .append('\n'));
            falseAsISaid.forEach(line -> out.append("  ! false 'as I said': ").append(line).append('\n'));
            repeats.forEach(line -> out.append("  ! repeated: ").append(line).append('\n'));
            earlyMoney.forEach(line -> out.append("  ! money before it was discussed: ").append(line).append('\n'));
            return out.toString();
        }
    }

    private final ScriptedBuyer buyer;
    private final ProductBrief brief;

    public Simulation(ScriptedBuyer buyer, Product product) {
        this.buyer = buyer;
        Product.Brief shown = product.brief();
        this.brief = new ProductBrief(shown.name(), shown.summary(), shown.price(), shown.regularPrice(),
                shown.refillPrice(), shown.guarantee(),
                shown.offers().stream().map(o -> new ProductBrief.Offer(o.text(), o.ends())).toList(),
                shown.highlights().stream().map(h -> new ProductBrief.Highlight(h.name(), h.detail())).toList());
    }

    /** Session ids that meet each buyer profile, {@code perBuyer} of them, found in a fixed order. */
    public Map<String, List<String>> sessionsPerBuyer(int perBuyer) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        buyer.buyerIds().forEach(id -> ids.put(id, new ArrayList<>()));
        for (int n = 0; ids.values().stream().anyMatch(list -> list.size() < perBuyer) && n < 100_000; n++) {
            String sessionId = "simulated-session-" + n;
            List<String> list = ids.get(buyer.buyerId(sessionId));
            if (list.size() < perBuyer) {
                list.add(sessionId);
            }
        }
        return ids;
    }

    public Session play(String sessionId, Difficulty difficulty, Skill skill, long seed) {
        return play(sessionId, difficulty, skill, seed, () -> 0, reply -> { });
    }

    /**
     * Plays one session, telling {@code timing} how long each buyer reply took: {@code cpu} nanoseconds
     * (as the given clock counts them) and wall nanoseconds.
     */
    public Session play(String sessionId, Difficulty difficulty, Skill skill, long seed,
            java.util.function.LongSupplier cpuClock, java.util.function.Consumer<long[]> timing) {
        Scene scene = Scene.practice(sessionId, difficulty);
        SimulatedTrainee trainee = SimulatedTrainees.create(skill, brief, seed);
        List<Turn> turns = new ArrayList<>();
        String line = buyer.opening(scene);
        turns.add(new Turn(1, Speaker.BUYER, line, Instant.EPOCH));
        Outcome outcome = null;
        for (int i = 0; i < MAX_MESSAGES && outcome == null; i++) {
            String message = trainee.reply(line);
            if (message == null || message.isBlank()) {
                break;
            }
            long cpu = cpuClock.getAsLong();
            long wall = System.nanoTime();
            BuyerReply reply = buyer.reply(scene, List.copyOf(turns), message);
            timing.accept(new long[] {cpuClock.getAsLong() - cpu, System.nanoTime() - wall});
            turns.add(new Turn(turns.size() + 1, Speaker.TRAINEE, message, Instant.EPOCH));
            turns.add(new Turn(turns.size() + 1, Speaker.BUYER, reply.text(), Instant.EPOCH));
            line = reply.text();
            outcome = reply.decision();
        }
        return check(new Session(buyer.buyerId(sessionId), difficulty, skill, trainee.describe(), turns, outcome,
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    /** Checks every buyer line against what came before it. */
    private static Session check(Session session) {
        List<String> buyerBefore = new ArrayList<>();
        Set<String> sentences = new java.util.HashSet<>();
        boolean moneyTalked = false;
        for (Turn turn : session.turns()) {
            if (turn.speaker() == Speaker.TRAINEE) {
                moneyTalked |= MONEY_TALK.matcher(turn.text()).find();
                continue;
            }
            var claim = AS_I_SAID.matcher(turn.text());
            while (claim.find()) {
                if (!saidBefore(claim.group(1), buyerBefore)) {
                    session.falseAsISaid().add(turn.text());
                }
            }
            for (String sentence : turn.text().split("(?<=[.!?])\\s+")) {
                String normal = normal(sentence);
                if (normal.split(" ").length >= 5 && !sentences.add(normal)) {
                    session.repeats().add(sentence);
                }
            }
            if (!moneyTalked && buyerBefore.size() > 0 && MONEY.matcher(turn.text()).find()) {
                session.earlyMoney().add(turn.text());
            }
            buyerBefore.add(turn.text());
        }
        return session;
    }

    /**
     * True when an earlier buyer line shares at least two content words (by their first four letters,
     * so "leaked" meets "leak"), or two in five, with what the buyer claims it said.
     */
    private static boolean saidBefore(String claimed, List<String> earlier) {
        Set<String> words = contentWords(claimed);
        if (words.isEmpty()) {
            return !earlier.isEmpty();
        }
        for (String line : earlier) {
            Set<String> shared = contentWords(line);
            shared.retainAll(words);
            if (shared.size() >= Math.min(2, words.size()) || shared.size() >= 0.4 * words.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : normal(text).split(" ")) {
            if (word.length() >= 4 && !Set.of("that", "this", "with", "have", "what", "your", "from", "they", "them",
                    "just", "about", "really", "still", "like", "said", "told").contains(word)) {
                words.add(word.substring(0, 4));
            }
        }
        return words;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}$]+", " ").strip();
    }
}
