package net.sellmeapen.buyer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Category;
import net.sellmeapen.conversation.Outcome;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.analysis.Act;
import net.sellmeapen.conversation.analysis.ClauseReading;
import net.sellmeapen.conversation.analysis.Concern;
import net.sellmeapen.conversation.analysis.Intent;
import net.sellmeapen.conversation.analysis.SentenceReading;
import net.sellmeapen.conversation.analysis.Topic;
import net.sellmeapen.conversation.analysis.TraineeTurnReading;

/**
 * One reply of the scripted buyer being worked out: it hears the trainee's turn into its
 * {@link BuyerMemory}, then answers every question in the turn in order, answers what it was asked to
 * decide, says whether its open concern was answered, reacts to what was claimed, and raises its next
 * concern when the time has come — each part worded so that no long sentence is said twice.
 */
final class BuyerTurn {

    /** Most questions of one turn answered; a quiz gets the first three. */
    static final int MAX_ANSWERS = 3;
    /** Clarifying questions a buyer asks in a session before it answers its best guess. */
    static final int MAX_CLARIFICATIONS = 2;
    /** Below this the classifier's reading of a question is nearly a guess. */
    static final double UNSURE = 0.3;
    /** Two readings of a question this close are a toss-up. */
    static final double CLOSE_CALL = 0.15;
    /** Times the buyer asks again for a price it was not told. */
    static final int MAX_PRICE_PRESSES = 2;

    private final Scene scene;
    private final BuyerProfile profile;
    private final BuyerCast.Lines lines;
    private final Product product;
    private final BuyerMemory memory;
    private final Temperament temperament;
    private final TraineeTurnReading turn;
    private final Speech speech;
    private boolean answeredQuestion;
    private boolean spokeOfConcern;

    BuyerTurn(Scene scene, BuyerProfile profile, BuyerCast.Lines lines, Product product, BuyerMemory memory,
            TraineeTurnReading turn, List<String> said) {
        this.scene = scene;
        this.profile = profile;
        this.lines = lines;
        this.product = product;
        this.memory = memory;
        this.temperament = memory.temperament;
        this.turn = turn;
        this.speech = new Speech(BuyerCast.hash(scene.sessionId()) * 31 + turn.index(), said, Map.of(
                "price", Integer.toString(product.price()), "budget", Integer.toString(profile.budget()),
                "timing", profile.timingShort(), "approver", profile.approver()));
    }

    BuyerReply respond() {
        boolean listened = temperament.longMessageWords() == 0 || turn.words() <= temperament.longMessageWords();
        BuyerMemory.Raised answered = memory.hear(turn, listened);
        BuyerReply walkAway = walkAway();
        if (walkAway != null) {
            return walkAway;
        }
        if (!listened) {
            return say(voice("cutOff"));
        }
        if (turn.has(Act.NOT_ENGLISH)) {
            return say(voice("notEnglish"));
        }
        if (turn.has(Act.NONSENSE)) {
            return say(voice("nonsense"));
        }
        if (turn.has(Act.RUDE)) {
            speech.add(voice("rudeWarning"));
        }
        if (turn.isRepeat()) {
            speech.add(voice("repeat"));
        }
        answerQuestions(answered);
        hearPending();
        if (turn.has(Act.ASK) || turn.has(Act.ASSUMPTIVE_CLOSE)) {
            return decide(answered);
        }
        concern(answered);
        if (!answeredQuestion && !spokeOfConcern) {
            react();
        }
        if (scene.drill() == Category.CLOSING_TECHNIQUE) {
            if (memory.open().isEmpty() && turn.index() >= 3 && !answeredQuestion) {
                speech.add(voice("waitingToBeAsked"));
            }
        } else {
            raiseWhenDue();
            askAboutProduct();
        }
        if (speech.isEmpty()) {
            filler();
        }
        return new BuyerReply(speech.text(), null);
    }

    /** Walks out, with the reason, when the trainee insulted, rambled or wasted too much time. */
    private BuyerReply walkAway() {
        String reason = null;
        if (memory.rude > temperament.rudeTolerance()) {
            reason = "rude";
        } else if (memory.notEnglish >= 2) {
            reason = "language";
        } else if (memory.nonsense >= 2) {
            reason = "nonsense";
        } else if (memory.repeats >= 3) {
            reason = "repeat";
        } else if (memory.outOfPatience()) {
            reason = memory.open().isEmpty() ? "patience" : "openConcern";
        }
        return reason == null ? null : refuse(reason);
    }

    /** Answers each question about the buyer in the order asked, or asks what was meant when unsure. */
    private void answerQuestions(BuyerMemory.Raised answered) {
        Set<Topic> topics = new LinkedHashSet<>();
        List<SentenceReading> asked = new ArrayList<>();
        for (SentenceReading sentence : turn.sentences()) {
            if (sentence.topic() != null && !sentence.repeats() && topics.add(sentence.topic())) {
                asked.add(sentence);
            }
        }
        SentenceReading unsure = turn.sentences().stream().filter(s -> s.clause() != null
                && (s.clause().question() || s.topic() != null) && torn(s.clause())).findFirst().orElse(null);
        if (unsure != null && memory.clarifications < MAX_CLARIFICATIONS && asked.size() <= 1
                && turn.sentences().stream().noneMatch(s -> s.has(Act.ASK) || s.has(Act.TRIAL_CLOSE)
                        || s.has(Act.TIED_BENEFIT))) {
            clarify(unsure.clause());
            answeredQuestion = true;
            return;
        }
        if (asked.isEmpty()) {
            return;
        }
        if (memory.questions > temperament.maxQuestions()) {
            speech.add(voice("tooManyQuestions"));
        }
        for (SentenceReading question : asked.subList(0, Math.min(MAX_ANSWERS, asked.size()))) {
            if (question.topic() == Topic.HESITATION) {
                hesitation(answered);
            } else {
                tell(question);
            }
        }
        answeredQuestion = true;
    }

    /**
     * True when the classifier could not tell what a question asks: nearly a guess, or two questions
     * about the buyer almost equally likely ("what do you write with": the pen, or what they write?).
     */
    private static boolean torn(ClauseReading clause) {
        return clause.confidence() < UNSURE || clause.unsure() && clause.intent().asksAboutBuyer()
                && clause.runnerUp().asksAboutBuyer() && clause.confidence() - clause.runnerUpConfidence() < CLOSE_CALL;
    }

    /**
     * The buyer's answer about itself; asked again, it says so and uses its other wording, and a
     * question that only checks what it said ("so you're a paralegal, right?") is confirmed.
     */
    private void tell(SentenceReading question) {
        Topic topic = question.topic();
        int variant = variant(topic.name(), 2);
        int told = memory.told(topic);
        memory.tell(topic);
        if (told == 0) {
            speech.addExactly(profile.answer(topic, variant));
            return;
        }
        if (checksBack(question, topic)) {
            speech.add(voice("confirm"));
            return;
        }
        List<String> again = new ArrayList<>();
        if (told == 1) {
            String recap = profile.recap(topic);
            voice("alreadySaid").forEach(prefix -> again.add(prefix + recap + "."));
        }
        again.addAll(voice("toldYou"));
        speech.add(again);
    }

    /** A question that repeats the buyer's own words about a topic back to it, to check them. */
    private boolean checksBack(SentenceReading question, Topic topic) {
        java.util.Set<String> words = contentWords(question.text());
        return contentWords(profile.answer(topic, 0) + " " + profile.answer(topic, 1)).stream()
                .anyMatch(words::contains);
    }

    private static java.util.Set<String> contentWords(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 5) {
                words.add(word.substring(0, 5));
            }
        }
        return words;
    }


    /** What holds the buyer back: its open concern, the next one on its mind, or — honestly — little. */
    private void hesitation(BuyerMemory.Raised answered) {
        if (answered != null) {
            speech.add(lines.resolvedBy().get(answered.concern.name()));
            spokeOfConcern = true;
        }
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open != null) {
            speech.add(lines.hesitation().get(open.concern.name()));
            spokeOfConcern = true;
            return;
        }
        Concern next = nextUnanswered();
        if (next != null) {
            if (next == Concern.PRICE && !memory.priceKnown) {
                askPrice();
            } else {
                memory.raise(next, turn.index());
                speech.add(lines.hesitation().get(next.name()));
            }
            spokeOfConcern = true;
            return;
        }
        speech.add(voice(memory.interest >= temperament.buyAt() - 10 ? "hesitationNearly" : "hesitationNothing"));
    }

    /** A clarifying question: which of the two readings the trainee meant, in the buyer's words. */
    private void clarify(ClauseReading clause) {
        memory.clarifications++;
        String first = lines.meanings().get(clause.intent().label());
        String second = lines.meanings().get(clause.runnerUp().label());
        if (first != null && second != null) {
            speech.add(voice("clarify").stream().map(line -> line.replace("{first}", first)
                    .replace("{second}", second)).map(BuyerTurn::capitalised).toList());
        } else if (first != null || second != null) {
            String meant = first != null ? first : second;
            speech.add(voice("clarifyOne").stream().map(line -> line.replace("{first}", meant))
                    .map(BuyerTurn::capitalised).toList());
        } else {
            speech.add(voice("unclear"));
        }
    }

    /** Hears the answer to what the buyer last asked the trainee: the price, or a question about the pen. */
    private void hearPending() {
        String pending = memory.pending;
        if (pending == null) {
            return;
        }
        if (pending.equals("price")) {
            boolean told = turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().price() != null
                    && !s.has(Act.GIVEAWAY));
            if (told) {
                memory.pending = null;
                if (!memory.raised(Concern.PRICE) && temperament.agenda().contains(Concern.PRICE)
                        && !memory.preempted(Concern.PRICE)) {
                    memory.raise(Concern.PRICE, turn.index());
                    speech.add(raise(Concern.PRICE));
                    spokeOfConcern = true;
                } else {
                    speech.add(voice("reactPrice"));
                }
            } else if (!answeredQuestion && ++memory.pendingPresses <= MAX_PRICE_PRESSES) {
                speech.add(voice("pressPrice"));
                spokeOfConcern = true;
            } else if (memory.pendingPresses > MAX_PRICE_PRESSES) {
                memory.pending = null;
            }
            return;
        }
        BuyerCast.BuyerQuestion question = lines.buyerQuestions().stream().filter(q -> q.id().equals(pending))
                .findFirst().orElseThrow();
        memory.pending = null;
        boolean answered = turn.sentences().stream().anyMatch(s -> s.features().stream()
                .anyMatch(question.features()::contains));
        if (answered) {
            speech.add(voice("answered"));
        } else if (!answeredQuestion) {
            speech.add(voice("unanswered"));
        }
    }

    /** The answer to an ask for the sale. */
    private BuyerReply decide(BuyerMemory.Raised answered) {
        if (answered != null) {
            speech.add(lines.resolvedBy().get(answered.concern.name()));
        }
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open != null) {
            if (memory.asks > temperament.maxAsks()) {
                return refuse("openConcern");
            }
            open.presses++;
            return say(press(open.concern));
        }
        Concern next = nextUnanswered();
        if (next != null && memory.handledFromAgenda() < temperament.concernsBeforeSale()) {
            if (next == Concern.PRICE && !memory.priceKnown) {
                askPrice();
                return new BuyerReply(speech.text(), null);
            }
            memory.raise(next, turn.index());
            return say(raise(next));
        }
        if (memory.interest >= temperament.buyAt()) {
            speech.add(voice("sale"));
            return new BuyerReply(speech.text(), Outcome.SALE);
        }
        if (memory.asks > temperament.maxAsks()) {
            return refuse(memory.tied == 0 ? "noValue" : "tooManyAsks");
        }
        speech.add(voice(memory.questions == 0 ? "notYetNoDiscovery" : memory.tied == 0 ? "notYetNoValue"
                : "notYet"));
        return new BuyerReply(speech.text(), null);
    }

    /** Says whether its open concern was answered, and presses it when the trainee talked past it. */
    private void concern(BuyerMemory.Raised answered) {
        if (answered != null) {
            if (!spokeOfConcern) {
                speech.add(lines.resolvedBy().get(answered.concern.name()));
            }
            spokeOfConcern = true;
            return;
        }
        BuyerMemory.Raised open = memory.open().orElse(null);
        if (open == null || open.raisedAt >= turn.index() || answeredQuestion || spokeOfConcern) {
            return;
        }
        open.presses++;
        boolean sympathyOnly = turn.has(Act.EMPATHY) && !turn.hasSubstance();
        speech.add(sympathyOnly ? voice("empathyOnly") : press(open.concern));
        spokeOfConcern = true;
    }

    /** Reacts to the strongest thing the trainee claimed, offered or checked. */
    private void react() {
        if (turn.has(Act.TRIAL_CLOSE)) {
            BuyerMemory.Raised open = memory.open().orElse(null);
            if (open != null) {
                speech.add(voice("trialConcern").stream().map(line -> line.replace("{concern}",
                        concernName(open.concern))).toList());
            } else {
                speech.add(voice(memory.interest >= temperament.buyAt() - 10 || turn.has(Act.TIED_BENEFIT)
                        ? "trialYes" : "trialMaybe"));
            }
            return;
        }
        if (turn.has(Act.GIVEAWAY)) {
            speech.add(voice("reactGiveaway"));
        } else if (turn.has(Act.PRESSURE)) {
            speech.add(voice("reactPressure"));
        } else if (offers(Intent.PROOF)) {
            speech.add(memory.tried ? voice("reactProofAgain") : voice("reactProof").stream()
                    .map(line -> line.replace("{tried}", tried())).toList());
            memory.tried = true;
        } else if (turn.has(Act.SUPERLATIVE)) {
            speech.add(voice("reactSuperlative"));
        } else if (turn.has(Act.TIED_BENEFIT)) {
            speech.add(voice("reactTied"));
        } else if (turn.sentences().stream().anyMatch(s -> s.has(Act.URGENCY)
                && s.buildsOn().stream().anyMatch(f -> f.topic() == Topic.TIMING))) {
            speech.add(voice("reactUrgencyTied"));
        } else if (turn.has(Act.URGENCY)) {
            speech.add(voice("reactOffer"));
        } else if (turn.sentences().stream().anyMatch(s -> s.clause() != null && s.clause().price() != null)) {
            speech.add(voice("reactPrice"));
        } else if (turn.has(Act.EVIDENCE)) {
            speech.add(voice("reactEvidence"));
        } else if (turn.has(Act.FEATURE)) {
            speech.add(voice("reactFeature"));
        } else if (turn.has(Act.BENEFIT)) {
            speech.add(voice("reactGeneric"));
        } else if (turn.has(Act.OFF_TOPIC) && !turn.hasSubstance()) {
            speech.add(voice("offTopic"));
        }
    }

    /** Raises the next concern on the buyer's mind once the pitch has gone on long enough without one. */
    private void raiseWhenDue() {
        if (spokeOfConcern || answeredQuestion || memory.open().isPresent() || memory.pending != null
                || memory.pitchTurns == 0 || memory.sinceConcern < temperament.concernGap()) {
            return;
        }
        Concern next = nextUnanswered();
        if (next == null) {
            return;
        }
        if (next == Concern.PRICE && !memory.priceKnown) {
            askPrice();
        } else {
            memory.raise(next, turn.index());
            speech.add(raise(next));
        }
        spokeOfConcern = true;
    }

    /** A receptive buyer asks about the pen now and then, when nothing else is on its mind. */
    private void askAboutProduct() {
        if (temperament.tough() || scene.difficulty().ordinal() > 0 || spokeOfConcern || memory.pending != null
                || memory.open().isPresent() || memory.pitchTurns == 0 || turn.index() % 3 != 1) {
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        turn.sentences().forEach(s -> named.addAll(s.features()));
        lines.buyerQuestions().stream()
                .filter(q -> !memory.asked.contains(q.id()) && q.features().stream().noneMatch(named::contains))
                .findFirst().ifPresent(question -> {
                    memory.asked.add(question.id());
                    memory.pending = question.id();
                    speech.add(question.wordings());
                });
    }

    /** When nothing in the turn called for an answer: small talk back, "go ahead", or a nudge. */
    private void filler() {
        boolean courtesyOnly = turn.sentences().stream().allMatch(s -> s.clause() != null
                && s.intent().isCourtesy());
        boolean smallTalk = turn.sentences().stream().anyMatch(s -> s.intent() == Intent.SMALL_TALK);
        boolean acknowledgement = turn.sentences().stream().allMatch(s -> s.clause() != null
                && s.clause().acknowledgement());
        if (courtesyOnly && smallTalk && !acknowledgement) {
            if (memory.smallTalks++ == 0) {
                speech.addExactly(profile.smallTalk().get(variant("small-talk", profile.smallTalk().size())))
                        .add(voice("smallTalkFollow"));
            } else {
                speech.add(voice("smallTalkAgain")).add(voice("smallTalkFollow"));
            }
        } else if (courtesyOnly && turn.sentences().stream().anyMatch(s -> s.intent() == Intent.PREAMBLE)) {
            speech.add(voice("goAhead"));
        } else if (courtesyOnly || turn.has(Act.EMPATHY)) {
            speech.add(voice("acknowledged"));
        } else {
            speech.add(voice("listening"));
        }
    }

    private boolean offers(Intent intent) {
        return turn.sentences().stream().anyMatch(s -> s.intent() == intent && !s.repeats());
    }

    /** What the buyer notices trying the pen: the feature that meets its own need, else the one shown. */
    private String tried() {
        return profile.needs().stream().flatMap(need -> product.featuresFor(need).stream()).findFirst()
                .orElse(product.features().get(0)).tried();
    }

    /** The next concern on the agenda, counting as handled those the trainee answered before they came up. */
    private Concern nextUnanswered() {
        Concern next = memory.nextConcern();
        while (next != null && memory.preempted(next)) {
            memory.preempt(next, turn.index());
            next = memory.nextConcern();
        }
        return next;
    }

    private void askPrice() {
        memory.pending = "price";
        memory.pendingPresses = 0;
        speech.add(voice("askPrice"));
    }

    private List<String> raise(Concern concern) {
        String key = concern == Concern.PRICE
                ? profile.budget() < product.price() ? "PRICE_OVER_BUDGET" : "PRICE_VALUE" : concern.name();
        return lines.concerns().get(key);
    }

    /** Presses an open concern: its own words first, then plainer ones as it keeps coming back. */
    private List<String> press(Concern concern) {
        List<String> wordings = new ArrayList<>(lines.press().get(concern.name()));
        String name = concernName(concern);
        voice("pressAgain").forEach(line -> wordings.add(line.replace("{concern}", name)));
        return wordings;
    }

    private String concernName(Concern concern) {
        return lines.concernNames().get(concern.name()).replace("{approver}", profile.approver());
    }

    private BuyerReply refuse(String reason) {
        String because = lines.reasons().get(reason);
        if (reason.equals("openConcern") && memory.open().isPresent()) {
            because = because.replace("{concern}", memory.open().get().concern.description());
        }
        String finalReason = because;
        speech.add(voice("noSale").stream().map(line -> line.replace("{reason}", finalReason)).toList());
        return new BuyerReply(speech.text(), Outcome.NO_SALE);
    }

    private BuyerReply say(List<String> wordings) {
        speech.add(wordings);
        return new BuyerReply(speech.text(), null);
    }

    private List<String> voice(String situation) {
        List<String> wordings = (temperament.tough() ? lines.tough() : lines.friendly()).get(situation);
        if (wordings == null) {
            throw new IllegalStateException("buyers/lines.json has no lines for " + situation);
        }
        return wordings;
    }

    private int variant(String what, int count) {
        return (int) (BuyerCast.hash(scene.sessionId() + what) % count);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
