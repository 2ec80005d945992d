package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.language.Clauses;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Reads a trainee's turn: splits it into its parts, reads each once ({@link ClauseReader}), and
 * says what each part does in this conversation — its acts, against what the buyer has revealed so
 * far, what the trainee said before, and what the product really offers.
 */
final class TraineeReader {

    /** How a request to hear about the buyer starts when it is not a question and says no "you": "Tell me more." */
    private static final Pattern INVITES = Pattern.compile("^(?:\\W*(?:so|and|okay|ok|now|please)[,]?\\s+)*(?:tell|walk|"
            + "describe|talk|share|explain|give|let me know|help me|i'd love|i would love|i'm curious|im curious|"
            + "curious|i wonder|i was wondering|i'd like to know|i want to know|any\\s)"
            // "sure i guess, what for." asks without a question mark
            + "|(?:^|[,;] ?)what for\\W*$");

    /** "its a good deal trust me": the seller's word as the proof; "you don't have to trust me" is the opposite. */
    private static final Pattern TRUST_ME = Pattern.compile("^(?!.*\\b(?:don't|dont|do not|not|never|no need|needn't|"
            + "shouldn't|wouldn't)\\b.*\\btrust me).*\\btrust me\\b");
    /** "buy it", "just grab one now": a bare order to buy is an ask for the sale, however blunt. */
    private static final Pattern BUY_IT = Pattern.compile("^(?:\\W*(?:so|now|just|pls|please|go on|come on|ok|okay|then)"
            + "[,]?\\s+)*(?:buy|get|grab|take) (?:it|one|this|this one|the pen)(?:\\s+(?:now|today|then|already|pls|please|"
            + "mate|man|bro))*(?:[,]?\\s+(?:its|it's|it is|only|for|at) .*)?\\W*$");

    /** A question without "you" that takes up the buyer's words is about it when its runner-up reading is this likely. */
    static final double BUILT_ON_QUESTION = 0.4;
    /** Or this likely, when it asks outright with a question word ("what's frustrating about the fineliner?"). */
    static final double ASKED_OUTRIGHT = 0.25;
    /** A question word that opens a question, at the start or after a comma: "…, what goes wrong with it?". */
    private static final Pattern WH_QUESTION = Pattern.compile("(?:^|, )(?:what|what's|whats|how|how's|which|why)\\b");
    /** Readings that tell rather than ask: a question put outright is none of them. */
    private static final Set<Intent> STATEMENTS = Set.of(Intent.PITCH, Intent.PRICE, Intent.PROOF, Intent.SUPERLATIVE,
            Intent.URGENCY, Intent.EMPATHY);
    /** A close left for the buyer to take up later: "if you decide sooner, just let me know". */
    private static final Pattern LEAVES_IT_OPEN = Pattern.compile("\\b(?:if|when|whenever|once) (?:you|u) (?:decide|want|"
            + "change (?:your|ur) mind|are ready|'re ready|re ready|feel like)\\b|\\blet me know\\b");
    /** A statement read as a close less surely than this, with no words that ask, is a guess: no ask. */
    static final double GUESSED_CLOSE = 0.5;
    static final double REPEAT = 0.90;
    static final double FACT_LINK = 0.62;
    /** A part naming more features than this is a list: it meets no need in particular. */
    static final int MAX_FOCUSED_FEATURES = 2;

    private final ClauseReader clauses;
    private final SentenceEmbeddings embeddings;
    private final Product product;
    private final Set<String> vocabulary;

    TraineeReader(ClauseReader clauses, SentenceEmbeddings embeddings, Product product, Set<String> vocabulary) {
        this.clauses = clauses;
        this.embeddings = embeddings;
        this.product = product;
        this.vocabulary = vocabulary;
    }

    /** The parts of a message, each read once, in order; empty for a message not in English. */
    List<ClauseReading> parts(String text) {
        Lexicon.Language language = Lexicon.language(text, vocabulary);
        if (language != Lexicon.Language.ENGLISH) {
            return List.of();
        }
        return Clauses.split(text).stream().map(clauses::read).toList();
    }

    /**
     * The parts of a turn and what each does; a turn not in English (or in no language) is one part
     * marked as such.
     *
     * @param facts what the buyer revealed before this turn
     * @param earlier the meaning of every part the trainee said before
     */
    List<SentenceReading> readTurn(String text, List<BuyerFact> facts, List<float[]> earlier) {
        Lexicon.Language language = Lexicon.language(text, vocabulary);
        if (language == Lexicon.Language.OTHER || language == Lexicon.Language.NONSENSE
                || language == Lexicon.Language.NO_WORDS) {
            Act act = language == Lexicon.Language.OTHER ? Act.NOT_ENGLISH : Act.NONSENSE;
            return List.of(new SentenceReading(text, Map.of(act, 1.0), null, Set.of(), List.of(), List.of(), false,
                    null));
        }
        List<SentenceReading> readings = new ArrayList<>();
        for (String part : Clauses.split(text)) {
            readings.add(read(clauses.read(part), facts, earlier));
        }
        return readings;
    }

    private SentenceReading read(ClauseReading read, List<BuyerFact> facts, List<float[]> earlier) {
        // "what goes wrong with the staff room biros?", "how long is a typical marking session?": a question
        // that never says "you" asks about the buyer all the same when it takes up words only the buyer said
        // ("what's frustrating about the fineliner, especially on site?" asks however it leaned: a question word
        // and a question mark make no claim, and its runner-up reading about the buyer is what it asks)
        boolean asksOutright = WH_QUESTION.matcher(read.normal()).find() && read.normal().strip().endsWith("?")
                && STATEMENTS.contains(read.intent());
        ClauseReading chosen = read.question() && !read.intent().asksAboutBuyer() && read.runnerUp().asksAboutBuyer()
                && read.runnerUpConfidence() >= (asksOutright ? ASKED_OUTRIGHT : BUILT_ON_QUESTION)
                && !Lexicon.LEADING.in(read.normal())
                && !read.surprised() && sharesBuyerWord(read, facts) ? read.asRunnerUp() : read;
        // a sentence read as rude with no word that insults, made of what the buyer itself complained of ("comments
        // the pupils struggle to read"), plays its trouble back: it is read as its runner-up
        ClauseReading clause = chosen.intent() == Intent.RUDE && !chosen.insult()
                && !buildsOn(chosen, facts).isEmpty() ? chosen.asRunnerUp() : chosen;
        String normal = clause.normal();
        Intent intent = clause.intent();
        boolean repeats = !intent.isCourtesy()
                && earlier.stream().anyMatch(old -> SentenceEmbeddings.similarity(old, clause.vector()) >= REPEAT);
        List<BuyerFact> buildsOn = buildsOn(clause, facts);
        List<String> specifics = new ArrayList<>(clause.numbers());
        specifics.addAll(clause.productFacts());
        // "linea one, best pen on the market" read as a demonstration at 21 % shows nothing
        if (intent == Intent.PROOF && !clause.unsure()) {
            specifics.add("a demonstration");
        }
        Map<Act, Double> acts = new EnumMap<>(Act.class);
        double confidence = clause.confidence();
        boolean toBuyer = Lexicon.ADDRESSES_BUYER.in(normal);
        switch (intent) {
            case SMALL_TALK -> acts.put(Act.SMALL_TALK, confidence);
            case PREAMBLE -> {
            }
            case PITCH -> {
                if (!clause.features().isEmpty()) {
                    acts.put(Act.FEATURE, confidence);
                }
                if (toBuyer || clause.features().isEmpty()) {
                    acts.put(Act.BENEFIT, confidence);
                }
            }
            // "the best pen for your kitchen" is still a boast: only a checkable fact makes it a benefit
            // (words that boast make it sure: "the smoothest pen u will ever use, top quality")
            case SUPERLATIVE -> acts.put(specifics.isEmpty() ? Act.SUPERLATIVE : Act.BENEFIT,
                    Lexicon.SUPERLATIVE.in(normal) || boasts(normal) ? 1.0 : confidence);
            case PROOF, PRICE -> {
            }
            case URGENCY -> acts.put(Act.URGENCY, confidence);
            case PRESSURE -> acts.put(Act.PRESSURE, Lexicon.PRESSURE.in(normal) ? 1.0 : confidence);
            case DISCOUNT -> acts.put(Act.GIVEAWAY, confidence);
            case TRIAL_CLOSE -> acts.put(Act.TRIAL_CLOSE, confidence);
            case CLOSE -> {
                // a statement only guessed to be a close, with no words that ask ("you'd get it in writing with the
                // receipt." at 33 %), asks for nothing
                // (words that ask make it sure: "ill ring u up now" read at 36 %)
                boolean worded = Lexicon.ASK.in(normal) || Lexicon.ASSUMPTIVE.in(normal);
                // ("if you decide sooner just let me know and ill get it engraved" leaves the door open: no ask now)
                boolean leftOpen = !clause.question() && LEAVES_IT_OPEN.matcher(normal).find();
                if ((clause.question() || confidence >= GUESSED_CLOSE || worded) && !leftOpen) {
                    acts.put(Lexicon.ASSUMPTIVE.in(normal) && !Lexicon.ASK.in(normal) ? Act.ASSUMPTIVE_CLOSE
                            : Act.ASK, worded ? 1.0 : confidence);
                }
            }
            case EMPATHY -> acts.put(Act.EMPATHY, confidence);
            case RUDE -> acts.put(Act.RUDE, confidence);
            case OFF_TOPIC -> acts.put(Act.OFF_TOPIC, confidence);
            default -> {
                if (!Lexicon.LEADING.in(normal)) {
                    acts.put(Lexicon.isOpenQuestion(normal) ? Act.OPEN_QUESTION : Act.CLOSED_QUESTION, confidence);
                }
            }
        }
        if (intent != Intent.CLOSE && Lexicon.ASK.in(normal) && (clause.unsure() || intent == Intent.PRICE)
                || BUY_IT.matcher(normal).find()) {
            acts.put(Act.ASK, 1.0);
        }
        if (Lexicon.RUDE.in(normal) && (toBuyer || intent == Intent.RUDE)) {
            acts.put(Act.RUDE, 1.0);
        }
        if (Lexicon.PRESSURE.in(normal) && (intent == Intent.URGENCY || intent == Intent.CLOSE)) {
            acts.remove(Act.URGENCY);
            acts.put(Act.PRESSURE, 1.0);
        }
        if (clause.invented()) {
            acts.put(Act.GIVEAWAY, 1.0);
            specifics.clear();
        }
        if (intent == Intent.PITCH && Lexicon.SUPERLATIVE.in(normal) && specifics.isEmpty() && buildsOn.isEmpty()) {
            acts.put(Act.SUPERLATIVE, 1.0);
        }
        // "best pen on the market hands down" is a boast whatever else the classifier made of it
        // (facts beside it do not excuse it: "the smoothest pen ever made, 2 year guarantee" still boasts)
        if (!intent.asksAboutBuyer() && boasts(normal)) {
            acts.put(Act.SUPERLATIVE, 1.0);
        }
        if (!specifics.isEmpty() && !acts.containsKey(Act.GIVEAWAY) && !acts.containsKey(Act.PRESSURE)) {
            acts.put(Act.EVIDENCE, 1.0);
        }
        boolean pitched = acts.containsKey(Act.BENEFIT) || acts.containsKey(Act.FEATURE)
                || acts.containsKey(Act.EVIDENCE);
        if (!buildsOn.isEmpty() && pitched) {
            acts.put(Act.TIED_BENEFIT, 1.0);
        }
        if (!acts.containsKey(Act.PRESSURE) && !acts.containsKey(Act.URGENCY) && urgent(clause, buildsOn)) {
            acts.put(Act.URGENCY, 1.0);
        }
        // a leading question ("…, right?") makes a point rather than asking: no discovery, nothing to answer
        // and a remark about other people ("smudging hits lefties worst") asks the buyer nothing
        boolean asks = clause.question() || toBuyer || INVITES.matcher(normal).find();
        Topic topic = intent.asksAboutBuyer() && asks && !acts.containsKey(Act.RUDE) && !Lexicon.LEADING.in(normal)
                ? intent.topic() : null;
        return new SentenceReading(clause.text(), Map.copyOf(acts), topic, clause.features(), List.copyOf(buildsOn),
                List.copyOf(specifics), repeats, clause);
    }

    /** Words that boast, or give the seller's word as the proof ("its a good deal trust me"). */
    private static boolean boasts(String normal) {
        return Lexicon.BOAST.in(normal) || TRUST_ME.matcher(normal).find();
    }

    /** True when a part reuses a word of the buyer's own facts. */
    private static boolean sharesBuyerWord(ClauseReading clause, List<BuyerFact> facts) {
        Set<String> stems = Words.contentStems(clause.normal());
        return facts.stream().anyMatch(fact -> fact.words().stream().anyMatch(stems::contains));
    }

    /** An honest reason to buy now said in passing: a real offer of the product with a when, or the buyer's own deadline. */
    private static boolean urgent(ClauseReading clause, List<BuyerFact> buildsOn) {
        boolean when = Lexicon.WHEN.in(clause.normal());
        boolean offer = clause.offer() && when;
        boolean ownDeadline = when && buildsOn.stream().anyMatch(fact -> fact.topic() == Topic.TIMING);
        return (offer || ownDeadline) && !clause.intent().asksAboutBuyer() && clause.intent() != Intent.CLOSE;
    }

    /**
     * The buyer facts a part builds on: it reuses a word only the buyer had said, names a feature
     * (one or two, not a list) that serves a need the buyer revealed, or says much the same as the fact.
     */
    private List<BuyerFact> buildsOn(ClauseReading clause, List<BuyerFact> facts) {
        if (facts.isEmpty() || clause.intent().asksAboutBuyer() || clause.intent().isCourtesy()) {
            return List.of();
        }
        Set<String> stems = Words.contentStems(clause.normal());
        Set<String> served = new LinkedHashSet<>();
        if (clause.features().size() <= MAX_FOCUSED_FEATURES) {
            clause.features().forEach(id -> product.feature(id).ifPresent(feature -> served.addAll(feature.serves())));
        }
        List<BuyerFact> found = new ArrayList<>();
        for (BuyerFact fact : facts) {
            boolean sharesWord = fact.words().stream().anyMatch(stems::contains);
            boolean meetsNeed = fact.needs().stream().anyMatch(served::contains);
            boolean sameMeaning = SentenceEmbeddings.similarity(embeddings.embed(fact.text()), clause.vector())
                    >= FACT_LINK;
            if (sharesWord || meetsNeed || sameMeaning) {
                found.add(fact);
            }
        }
        return found;
    }
}
