package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ClauseReading;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.ConcernAnswers;
import net.sellmeapen.conversation.analysis.ConcernEpisode;
import net.sellmeapen.conversation.analysis.Intent;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * The scripted buyer's one state of the conversation: what it revealed about itself, what the
 * trainee gave it (a price, value, proof, the guarantee, an offer, a reason to buy now — also before
 * it asked), the concerns it raised and whether each was answered, what it asked and is waiting
 * for, and how interested and patient it still is. Rebuilt turn by turn from the conversation, so
 * the buyer can only stand behind what was really said.
 */
final class BuyerMemory {

    /** A push (hype, pressure, a giveaway, rudeness) counts toward the hard sell when read at least this surely. */
    static final double SURE_PUSH = 0.85;
    /** Two questions about the same topic this alike are the same question asked again. */
    static final double SAME_QUESTION = 0.75;
    /** Words that ask a question again rather than follow it up ("what do you do again?"). */
    private static final java.util.regex.Pattern AGAIN = java.util.regex.Pattern.compile(
            "\\b(?:again|remind me|once more|one more time|what was it|what did you say)\\b");
    /** What answering a concern adds to the buyer's interest. */
    static final int ANSWERED = 12;
    /** What answering a concern before it came up adds: the trainee spoke to it, but the buyer never felt it. */
    static final int PREEMPTED = 6;
    /** What a benefit built on something the buyer said adds; again on the same thing, much less. */
    static final int TIED = 10;
    static final int TIED_AGAIN = 3;
    /** Interest a good first answer to its price objection earns from a tough buyer that pushes back on it. */
    static final int PUSHED_BACK = 6;

    /** Something the trainee told the buyer that settles a question before it is asked. */
    enum Given { PRICE, VALUE, GUARANTEE, PROOF, OFFER, DEADLINE, TIED_BENEFIT }

    /** A concern the buyer raised (or would have, had the trainee not answered it first). */
    static final class Raised {
        final Concern concern;
        final int raisedAt;
        int answeredAt = -1;
        int presses;
        final boolean preempted;
        /** Raised although the trainee had spoken to it (a guarantee told to a skeptic): the same words won't do. */
        final boolean despite;
        /** A tough buyer pushed back once on the first answer to its price objection. */
        boolean pushedBack;
        /** Settled by seeing the pen work rather than by an argument. */
        boolean shown;
        /** How many replies have voiced it since it was raised. */
        int voiced;
        /** It said, unasked, what would settle it. */
        boolean conditionOffered;

        Raised(Concern concern, int raisedAt, boolean preempted, boolean despite) {
            this.concern = concern;
            this.raisedAt = raisedAt;
            this.preempted = preempted;
            this.despite = despite;
            if (preempted) {
                this.answeredAt = raisedAt;
            }
        }

        boolean open() {
            return answeredAt < 0;
        }
    }

    /** A demonstration settles a doubt only when it was surely one ("here, try it"), not a story read as one. */
    static final double SURELY_SHOWN = 0.6;
    /** A close read at least this surely, in a statement, asks for the sale plainly enough to push. */
    static final double SURE_ASK = 0.85;

    final Temperament temperament;
    /** The sums that are this product's price (its launch and regular price): naming one tells the price. */
    private final Set<Integer> prices;
    int interest;
    int unproductive;
    int rude;
    /** Parts of the trainee's turns that were a hard sell: empty superlatives, pressure, price cuts, rudeness. */
    int hardSell;
    /** True for the turn whose answer to the price objection a tough buyer pushes back on. */
    boolean pushingBack;
    private int rudeHalves;
    int notEnglish;
    int nonsense;
    int repeats;
    int asks;
    /**
     * It said what would settle its price doubt ("If I believed it'd still be going in a year, I'd pay it."):
     * the guarantee, which is that, answers it from then on.
     */
    boolean conditionSaid;
    /**
     * Questions it wants asked before it buys, once it has said it was hardly asked anything: a single
     * question after "you haven't asked me much" is not the conversation it asked for.
     */
    int questionsWanted;
    /** Whether it has told the seller to slow down: the next push over the limit ends the conversation. */
    boolean slowedDown;
    int questions;
    int tied;
    int pitchTurns;
    int sinceConcern;
    int clarifications;
    /** The topic the buyer last asked whether it was meant ("Do you mean what bothers me about my pens?"), or null. */
    Topic clarified;
    /** Either-or questions on a told topic answered "a bit of both" (or considered for it) so far. */
    int improvisedEither;
    /** Whether the trainee's last turn offered the buyer two options to choose from. */
    boolean offeredOptions;
    /** The option (1 or 2) the buyer last picked of two it was offered; 0 while it has picked none. */
    int picked;
    int smallTalks;
    boolean priceKnown;
    /** Whether the trainee has said anything about the pen itself: a feature, a benefit, evidence. */
    boolean pitched;
    /** Whether the buyer, asked to buy before it knew the price, asked what it costs. */
    boolean askedPriceToBuy;
    /** A cut price the trainee offered, which the buyer takes at their word; null while none was. */
    Integer offeredPrice;
    /** A cut the trainee offered and then took back, which it may offer again; null while none was. */
    Integer withdrawnPrice;
    /** The topic it told about last: what a bare "is that twenty?" puts a figure to. */
    Topic lastTold;
    boolean tried;
    final Map<Topic, Integer> revealed = new EnumMap<>(Topic.class);
    private final Map<Topic, List<float[]>> questionsAsked = new EnumMap<>(Topic.class);
    private final Map<Topic, Integer> details = new EnumMap<>(Topic.class);
    /** The details told so far, by their text: a profile holds a few dozen, so this stays small. */
    private final Set<String> toldDetails = new HashSet<>();
    private static final int MAX_TOLD_DETAILS = 256;
    final Set<Given> given = EnumSet.noneOf(Given.class);
    final List<Raised> concerns = new ArrayList<>();
    /** What the buyer asked the trainee and is waiting to hear: "price" or the id of a product question. */
    String pending;
    int pendingPresses;
    final Set<String> asked = new LinkedHashSet<>();
    /** Every product feature the trainee has named so far. */
    final Set<String> featuresHeard = new HashSet<>();
    /** The buyer turns whose facts a benefit was already built on. */
    private final Set<Integer> tiedTo = new HashSet<>();

    BuyerMemory(Temperament temperament, Set<Integer> prices) {
        this.temperament = temperament;
        this.prices = prices;
        this.interest = temperament.startInterest();
    }

    Optional<Raised> open() {
        return concerns.stream().filter(Raised::open).findFirst();
    }

    boolean raised(Concern concern) {
        return concerns.stream().anyMatch(raised -> raised.concern == concern);
    }

    /** Agenda concerns raised or answered before they could be: they count toward the buyer's quota. */
    int handledFromAgenda() {
        return (int) temperament.agenda().stream().filter(this::raised).count();
    }

    /** The next concern of the agenda not raised yet, or null when all were. */
    Concern nextConcern() {
        return temperament.agenda().stream().filter(concern -> !raised(concern)).findFirst().orElse(null);
    }

    /** True when what the trainee already gave answers this concern before it is raised. */
    boolean preempted(Concern concern) {
        return switch (concern) {
            case PRICE -> given.contains(Given.PRICE) && given.contains(Given.VALUE);
            case ALTERNATIVE -> given.contains(Given.VALUE) && given.contains(Given.TIED_BENEFIT);
            case TRUST -> given.contains(Given.PROOF) || given.contains(Given.GUARANTEE) && !temperament.tough();
            case TIMING -> given.contains(Given.DEADLINE) || given.contains(Given.OFFER);
            case ALREADY_HAS, NO_NEED, NOT_INTERESTED -> given.contains(Given.TIED_BENEFIT);
            case THINK_IT_OVER, AUTHORITY -> false;
        };
    }

    /** True when the trainee spoke to this concern before it came up, without settling it. */
    boolean spokenTo(Concern concern) {
        return switch (concern) {
            case PRICE -> given.contains(Given.VALUE);
            case TRUST -> given.contains(Given.GUARANTEE);
            case TIMING -> given.contains(Given.OFFER);
            default -> false;
        };
    }

    boolean outOfPatience() {
        return unproductive >= temperament.patience();
    }

    /**
     * Takes in one trainee turn: what it gave, how it spoke to each open concern, and what that does
     * to interest and patience. Returns the concern this turn answered, if any.
     *
     * @param listened false when the buyer refused to hear it (too long), which only costs patience
     */
    Raised hear(TraineeTurnReading turn, boolean listened) {
        Set<Act> acts = turn.acts();
        if (!listened && !acts.contains(Act.NOT_ENGLISH) && !acts.contains(Act.NONSENSE)
                && !turn.sentences().isEmpty() && !turn.sentences().get(0).repeats()) {
            // a buyer that cuts a long message short heard how it began: "It's so much, …" told it the price
            remember(turn.sentences().get(0));
        }
        if (!listened || acts.contains(Act.NOT_ENGLISH) || acts.contains(Act.NONSENSE)) {
            notEnglish += acts.contains(Act.NOT_ENGLISH) ? 1 : 0;
            nonsense += acts.contains(Act.NONSENSE) ? 1 : 0;
            unproductive++;
            return null;
        }
        if (turn.isRepeat()) {
            repeats++;
            unproductive++;
            interest -= 5;
        }
        if (acts.contains(Act.RUDE)) {
            boolean insult = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().insult());
            // words that insult count in full; a reading of rudeness alone, which can be wrong, counts half
            rudeHalves += insult ? 2 : 1;
            rude = rudeHalves / 2;
            interest -= insult ? 25 : 10;
        }
        Raised answered = answer(turn);
        boolean productive = answered != null;
        int turnQuestions = 0;
        for (SentenceReading sentence : turn.sentences()) {
            if (sentence.repeats()) {
                continue;
            }
            remember(sentence);
            featuresHeard.addAll(sentence.features());
            pitched |= sentence.has(Act.FEATURE) || sentence.has(Act.BENEFIT) || sentence.has(Act.TIED_BENEFIT)
                    || sentence.has(Act.EVIDENCE);
            // (asking what stops it buying is no discovery: "whats stopping u from buying it" learns nothing of it)
            if ((sentence.has(Act.OPEN_QUESTION) || sentence.has(Act.CLOSED_QUESTION))
                    && sentence.topic() != Topic.HESITATION) {
                turnQuestions++;
                productive = true;
            } else if (sentence.topic() != null) {
                productive = true;
            }
            if (sentence.has(Act.TIED_BENEFIT)) {
                boolean fresh = sentence.buildsOn().stream().anyMatch(fact -> tiedTo.add(fact.turn()));
                interest += fresh ? TIED : TIED_AGAIN;
                tied++;
                productive = true;
            } else if (sentence.has(Act.EVIDENCE)) {
                interest += 4;
                productive = true;
            } else if (sentence.has(Act.BENEFIT)) {
                interest += 2;
            }
            if (sentence.has(Act.URGENCY)) {
                interest += sentence.buildsOn().isEmpty() ? 3 : 8;
                productive = true;
            }
            if (sentence.has(Act.TRIAL_CLOSE)) {
                interest += 2;
                productive = true;
            }
            // (only a push it is sure of counts toward walking out over the hard sell: "I'd rather know whether
            // this pen is even worth your time" misread as a boast is no push)
            if (Stream.of(Act.SUPERLATIVE, Act.PRESSURE, Act.GIVEAWAY, Act.RUDE)
                    .anyMatch(act -> sentence.acts().getOrDefault(act, 0.0) >= SURE_PUSH)) {
                hardSell++;
            }
            if (sentence.has(Act.SUPERLATIVE)) {
                interest -= 5;
            }
            if (sentence.has(Act.PRESSURE)) {
                interest -= 8;
                unproductive++;
            }
            if (sentence.has(Act.GIVEAWAY)) {
                interest -= 8;
                unproductive++;
            }
            if (sentence.has(Act.OFF_TOPIC)) {
                interest -= 4;
            }
        }
        if (answered != null) {
            interest += ANSWERED;
        }
        questions += turnQuestions;
        interest += 3 * Math.min(turnQuestions, Math.max(0, temperament.maxQuestions() - (questions - turnQuestions)));
        boolean closing = acts.contains(Act.ASK) || acts.contains(Act.ASSUMPTIVE_CLOSE);
        if (closing) {
            asks++;
            interest -= open().isPresent() && answered == null ? 4 : 0;
            // a buyer above the receptive level asked to buy before a single question about it is being pushed:
            // "want it?" as the opening line is the hard sell
            // (an ask only guessed at in a statement — "u buy one pen and done." read as a close at 73 % — is no push)
            boolean plainAsk = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().question()
                    && (s.has(Act.ASK) || s.has(Act.ASSUMPTIVE_CLOSE))
                    || Math.max(s.acts().getOrDefault(Act.ASK, 0.0), s.acts().getOrDefault(Act.ASSUMPTIVE_CLOSE, 0.0))
                    >= SURE_ASK);
            if (temperament.hardSellLimit() != Integer.MAX_VALUE && questions == 0 && plainAsk) {
                hardSell++;
            }
        }
        boolean pitched = turn.has(Act.FEATURE) || turn.has(Act.BENEFIT) || turn.has(Act.TIED_BENEFIT)
                || turn.has(Act.SUPERLATIVE) || turn.has(Act.EVIDENCE);
        if (pitched) {
            pitchTurns++;
            sinceConcern++;
        }
        if (!productive && !turn.isRepeat() && !closing) {
            unproductive++;
        }
        interest = Math.max(0, Math.min(100, interest));
        return answered;
    }

    /** Notes what a part of the turn gave: a price, value for money, proof, the guarantee, an offer, a deadline. */
    private void remember(SentenceReading sentence) {
        var clause = sentence.clause();
        if (clause == null) {
            return;
        }
        if (sentence.has(Act.GIVEAWAY)) {
            // a price cut still names a price: the buyer knows what it is being asked to pay
            priceKnown |= clause.price() != null;
            return;
        }
        if (clause.price() != null && prices.contains(clause.price()) && clause.intent() != Intent.DISCOUNT) {
            given.add(Given.PRICE);
            priceKnown = true;
        }
        boolean statement = clause.intent() == Intent.PRICE || clause.intent() == Intent.PITCH
                || clause.intent() == Intent.PROOF;
        if (statement && ConcernAnswers.verdict(Concern.PRICE, sentence) == ConcernEpisode.Verdict.ANSWERED) {
            given.add(Given.VALUE);
        }
        if (clause.guarantee() && statement) {
            given.add(Given.GUARANTEE);
        }
        if (clause.intent() == Intent.PROOF) {
            given.add(Given.PROOF);
        }
        if (sentence.has(Act.URGENCY) && clause.offer()) {
            given.add(Given.OFFER);
        }
        if (sentence.has(Act.URGENCY) && sentence.buildsOn().stream().anyMatch(f -> f.topic() == Topic.TIMING)) {
            given.add(Given.DEADLINE);
        }
        if (sentence.has(Act.TIED_BENEFIT)) {
            given.add(Given.TIED_BENEFIT);
        }
    }

    /** The open concern this turn answers with substance, marked answered; null when it answers none. */
    private Raised answer(TraineeTurnReading turn) {
        pushingBack = false;
        Raised open = open().orElse(null);
        if (open == null || open.raisedAt >= turn.index()) {
            return null;
        }
        // the pen put in its hand answers a doubt about whether to believe the talk, hype or not: it has seen for
        // itself ("bc its real … just try it" to "why should I believe it?")
        boolean handedToTrust = open.concern == Concern.TRUST && !tried && turn.sentences().stream()
                .anyMatch(s -> s.intent() == Intent.PROOF && !s.repeats() && s.confidence() >= SURELY_SHOWN
                        && s.clause() != null && s.clause().handsOver());
        if (handedToTrust) {
            open.answeredAt = turn.index();
            open.shown = true;
            return open;
        }
        if (temperament.tough() && (turn.has(Act.SUPERLATIVE) || turn.has(Act.PRESSURE))) {
            // "bc its real?? … come on its a great pen", "… u will regret it": a tough buyer hears the push, and
            // an answer wrapped in hype or pressure settles nothing
            return null;
        }
        for (SentenceReading sentence : turn.sentences()) {
            boolean skeptic = open.despite || temperament.tough();
            boolean moreThanBefore = !skeptic || open.concern != Concern.TRUST || sentence.intent() == Intent.PROOF
                    || sentence.clause() != null && !sentence.clause().guarantee() && !sentence.specifics().isEmpty();
            // a buyer that heard the numbers and still doubts the pen is worth it is settled by seeing it work
            boolean shown = open.concern == Concern.PRICE && open.despite && !tried
                    && sentence.intent() == Intent.PROOF && sentence.confidence() >= SURELY_SHOWN
                    && sentence.clause().handsOver()
                    && !sentence.repeats();
            // "u write with it. it works." read as proof neither hands the pen over nor says anything checkable
            boolean emptyProof = sentence.intent() == Intent.PROOF && sentence.clause() != null
                    && !sentence.clause().handsOver()
                    && sentence.specifics().stream().allMatch(specific -> specific.equals("a demonstration"));
            boolean conditionMet = conditionSaid && open.concern == Concern.PRICE && sentence.clause() != null
                    && sentence.clause().guarantee() && !sentence.repeats();
            if (shown || conditionMet || moreThanBefore && !emptyProof
                    && ConcernAnswers.verdict(open.concern, sentence) == ConcernEpisode.Verdict.ANSWERED) {
                // (a price cut in the same turn is met as a cut, not argued with)
                if (temperament.tough() && open.concern == Concern.PRICE && (!open.despite || temperament.hostile())
                        && !open.pushedBack && !turn.has(Act.GIVEAWAY)) {
                    // a tough buyer does not drop its price objection at the first good answer
                    open.pushedBack = true;
                    pushingBack = true;
                    interest += PUSHED_BACK;
                    return null;
                }
                open.answeredAt = turn.index();
                open.shown = shown;
                return open;
            }
        }
        return null;
    }

    /**
     * Takes back what a price cut cost the trainee when it meets the budget the buyer named: that is
     * a negotiation, not a push ("ok fine, 12. your budget.").
     */
    void forgiveCut() {
        hardSell = Math.max(0, hardSell - 1);
        interest += 8;
        unproductive = Math.max(0, unproductive - 1);
    }

    void raise(Concern concern, int at, boolean despite) {
        concerns.add(new Raised(concern, at, false, despite));
        sinceConcern = 0;
    }

    /** Counts a concern as handled because the trainee answered it before it came up. */
    void preempt(Concern concern, int at) {
        concerns.add(new Raised(concern, at, true, false));
        interest = Math.min(100, interest + PREEMPTED);
    }

    /** How many times the buyer told the trainee about a topic. */
    int told(Topic topic) {
        return revealed.getOrDefault(topic, 0);
    }

    void tell(Topic topic) {
        revealed.merge(topic, 1, Integer::sum);
        lastTold = topic;
    }

    /** Tells about a topic in answer to a question, remembering the question to know a repeat of it. */
    void tell(Topic topic, float[] question) {
        tell(topic);
        questionsAsked.computeIfAbsent(topic, key -> new ArrayList<>()).add(question);
    }

    /** True when much the same question about the topic was asked before (not a follow-up on it). */
    boolean askedAgain(Topic topic, ClauseReading question) {
        return told(topic) > 0 && (AGAIN.matcher(question.normal()).find() || questionsAsked.getOrDefault(topic, List.of())
                .stream().anyMatch(earlier -> SentenceEmbeddings.similarity(earlier, question.vector()) >= SAME_QUESTION));
    }

    /** How many further details about a topic the buyer has given. */
    int details(Topic topic) {
        return details.getOrDefault(topic, 0);
    }

    void detail(Topic topic) {
        details.merge(topic, 1, Integer::sum);
    }

    /** Whether the buyer already told this detail of its profile (details may be told out of order). */
    boolean toldDetail(String detail) {
        return toldDetails.contains(detail);
    }

    void rememberDetail(String detail) {
        if (toldDetails.size() < MAX_TOLD_DETAILS) {
            toldDetails.add(detail);
        }
    }
}
