package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Builds the {@link ConversationAnalysis} of a conversation, turn by turn: what each trainee sentence
 * does (by meaning, through sentence embeddings, and by cheap lexical cues), what each buyer turn
 * raises or reveals, and whether each concern was answered with substance. Thread-safe; the same
 * turns always give the same analysis.
 */
public final class ConversationAnalyzer {

    /** How close a sentence must be to a concern (or to answers to it) to be about it. */
    static final double ANSWER_RELEVANCE = 0.42;

    private final SentenceEmbeddings embeddings;
    private final Examples examples;
    private final TraineeReader trainee;
    private final BuyerReader buyer;

    public ConversationAnalyzer(SentenceEmbeddings embeddings, Product product) {
        this.embeddings = embeddings;
        this.examples = new Examples(Examples.read("/analysis/examples.txt"), embeddings);
        product.needs().forEach(need -> examples.add("need:" + need.id(), need.examples()));
        product.features().forEach(feature -> examples.add("feature:" + feature.id(), feature.examples()));
        this.trainee = new TraineeReader(embeddings, examples, product);
        this.buyer = new BuyerReader(embeddings, examples, product);
    }

    /**
     * Computes the meaning of every labelled example now (waiting for the sentence model), so the
     * first conversation does not pay for it; for a background thread at start-up.
     */
    public void warmUp() {
        examples.similarity("trainee:ask", embeddings.embed("Shall I put one aside for you?"));
    }

    /** The analysis of a practice conversation: the buyer's opening line reveals and raises nothing. */
    public ConversationAnalysis analyse(List<Turn> turns) {
        return analyse(turns, false);
    }

    /**
     * The analysis of a drill: the buyer opens where a skill is needed, so what it says first counts
     * as facts it volunteered and concerns it raised.
     */
    public ConversationAnalysis analyseDrill(List<Turn> turns) {
        return analyse(turns, true);
    }

    private ConversationAnalysis analyse(List<Turn> turns, boolean openingCounts) {
        List<TurnReading> readings = new ArrayList<>();
        List<BuyerFact> facts = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<float[]> earlierSentences = new ArrayList<>();
        List<String> earlierTurns = new ArrayList<>();
        Set<String> traineeStems = new LinkedHashSet<>();
        TraineeTurnReading previousTrainee = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() == Speaker.TRAINEE) {
                List<TraineeReader.Read> reads = trainee.readTurn(turn.text(), List.copyOf(facts),
                        List.copyOf(earlierSentences));
                List<SentenceReading> sentences = respond(i, reads, episodes);
                int repeatOf = repeatOf(turn.text(), sentences, earlierTurns, readings);
                previousTrainee = new TraineeTurnReading(i, turn.text(), sentences, repeatOf);
                readings.add(previousTrainee);
                reads.stream().filter(read -> read.vector() != null).forEach(read -> earlierSentences.add(read.vector()));
                earlierTurns.add(normalised(turn.text()));
                traineeStems.addAll(Words.contentStems(turn.text()));
            } else {
                boolean opening = previousTrainee == null && !openingCounts;
                boolean volunteered = previousTrainee == null && openingCounts;
                List<SentenceReading> questions = previousTrainee == null ? List.of()
                        : previousTrainee.sentences().stream()
                                .filter(ConversationAnalyzer::asksTheBuyer).toList();
                boolean askedToBuy = previousTrainee != null
                        && (previousTrainee.has(Act.ASK) || previousTrainee.has(Act.ASSUMPTIVE_CLOSE));
                BuyerTurnReading reading = buyer.read(i, turn.text(), opening, questions, traineeStems, askedToBuy,
                        volunteered);
                readings.add(reading);
                facts.addAll(reading.facts());
                for (Concern concern : reading.concerns()) {
                    boolean open = episodes.stream().anyMatch(e -> e.concern == concern && e.answeredAt < 0);
                    if (!open) {
                        episodes.add(new Episode(concern, i, turn.text(), embeddings.embed(turn.text())));
                    }
                }
            }
        }
        return new ConversationAnalysis(List.copyOf(turns), List.copyOf(readings), List.copyOf(facts),
                episodes.stream().map(Episode::freeze).toList());
    }

    /** A genuine question to the buyer: not a close, not small talk, not an insult, not off topic. */
    private static boolean asksTheBuyer(SentenceReading sentence) {
        boolean question = sentence.has(Act.OPEN_QUESTION) || sentence.has(Act.CLOSED_QUESTION)
                || sentence.text().strip().endsWith("?");
        return question && !sentence.has(Act.ASK) && !sentence.has(Act.ASSUMPTIVE_CLOSE)
                && !sentence.has(Act.TRIAL_CLOSE) && !sentence.has(Act.RUDE) && !sentence.has(Act.OFF_TOPIC)
                && !sentence.has(Act.SMALL_TALK) && !sentence.has(Act.NOT_ENGLISH) && !sentence.has(Act.NONSENSE);
    }

    /** Records how this trainee turn responds to each open concern, marking the sentence that answers one. */
    private List<SentenceReading> respond(int index, List<TraineeReader.Read> reads, List<Episode> episodes) {
        List<SentenceReading> sentences = new ArrayList<>(reads.stream().map(TraineeReader.Read::reading).toList());
        for (Episode episode : episodes) {
            if (episode.answeredAt >= 0 || episode.raisedAt >= index) {
                continue;
            }
            ConcernEpisode.Verdict verdict = null;
            for (int s = 0; s < reads.size(); s++) {
                TraineeReader.Read read = reads.get(s);
                if (read.vector() == null || read.reading().repeats()) {
                    continue;
                }
                double relevance = Math.max(SentenceEmbeddings.similarity(episode.vector, read.vector()),
                        examples.similarity(episode.concern.answerLabel(), read.vector()));
                SentenceReading reading = sentences.get(s);
                boolean question = reading.has(Act.OPEN_QUESTION) || reading.has(Act.CLOSED_QUESTION)
                        || reading.has(Act.TRIAL_CLOSE) || read.reading().text().strip().endsWith("?");
                boolean firstResponse = episode.responses.isEmpty();
                if (relevance >= ANSWER_RELEVANCE && substantive(episode.concern, reading, question)
                        || firstResponse && answersByKind(episode.concern, reading, question)) {
                    verdict = ConcernEpisode.Verdict.ANSWERED;
                    sentences.set(s, withAct(reading, Act.CONCERN_ANSWER, relevance));
                } else if (verdict == null && question && relevance >= ANSWER_RELEVANCE - 0.05) {
                    verdict = ConcernEpisode.Verdict.EXPLORED;
                }
            }
            if (verdict == null) {
                boolean argued = sentences.stream().anyMatch(s -> s.has(Act.RUDE) || s.has(Act.PRESSURE));
                boolean acknowledged = sentences.stream().anyMatch(s -> s.has(Act.EMPATHY));
                verdict = argued ? ConcernEpisode.Verdict.ARGUED
                        : acknowledged ? ConcernEpisode.Verdict.ACKNOWLEDGED : ConcernEpisode.Verdict.IGNORED;
            }
            episode.responses.add(new ConcernEpisode.Response(index, verdict));
            if (verdict == ConcernEpisode.Verdict.ANSWERED) {
                episode.answeredAt = index;
            }
        }
        return List.copyOf(sentences);
    }

    /**
     * Substance that can settle a concern: something checkable or about this buyer; for a buyer who
     * wants to think, ask someone or is not interested, a question that finds out what holds them back.
     */
    private static boolean substantive(Concern concern, SentenceReading reading, boolean question) {
        if (reading.has(Act.PRESSURE) || reading.has(Act.RUDE) || reading.has(Act.SUPERLATIVE)) {
            return false;
        }
        boolean exploring = question && (concern == Concern.THINK_IT_OVER || concern == Concern.NOT_INTERESTED
                || concern == Concern.AUTHORITY);
        return reading.hasSubstance() || exploring;
    }

    /**
     * Substance that answers this kind of concern even when its words are not about the concern
     * itself: value with specifics answers a price, proof answers doubt, the buyer's own deadline
     * answers timing, a question that finds out more answers hesitation. Only in the first reply.
     */
    private static boolean answersByKind(Concern concern, SentenceReading reading, boolean question) {
        if (reading.repeats() || reading.has(Act.PRESSURE) || reading.has(Act.RUDE) || reading.has(Act.SUPERLATIVE)) {
            return false;
        }
        boolean value = reading.has(Act.TIED_BENEFIT) || reading.has(Act.EVIDENCE) && !reading.features().isEmpty();
        return switch (concern) {
            case PRICE, ALTERNATIVE -> value || reading.has(Act.EVIDENCE) && !reading.specifics().isEmpty();
            case ALREADY_HAS, NO_NEED -> reading.has(Act.TIED_BENEFIT) || value && !reading.buildsOn().isEmpty();
            case TRUST -> reading.has(Act.EVIDENCE);
            case TIMING -> reading.has(Act.URGENCY) && reading.hasSubstance();
            case THINK_IT_OVER -> question || value || reading.has(Act.URGENCY) && reading.hasSubstance();
            case AUTHORITY, NOT_INTERESTED -> question || value;
        };
    }

    /** The earlier trainee turn this one repeats: the same words, or nothing but sentences said before. */
    private static int repeatOf(String text, List<SentenceReading> sentences, List<String> earlierTurns,
            List<TurnReading> readings) {
        String normal = normalised(text);
        boolean allRepeated = !sentences.isEmpty() && sentences.stream().allMatch(SentenceReading::repeats);
        if (!earlierTurns.contains(normal) && !allRepeated) {
            return -1;
        }
        int position = earlierTurns.contains(normal) ? earlierTurns.indexOf(normal) : earlierTurns.size() - 1;
        List<TraineeTurnReading> trainee = readings.stream().filter(TraineeTurnReading.class::isInstance)
                .map(TraineeTurnReading.class::cast).toList();
        return trainee.isEmpty() ? -1 : trainee.get(Math.max(0, position)).index();
    }

    private static String normalised(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static SentenceReading withAct(SentenceReading reading, Act act, double confidence) {
        Map<Act, Double> acts = new EnumMap<>(Act.class);
        acts.putAll(reading.acts());
        acts.put(act, confidence);
        return new SentenceReading(reading.text(), Map.copyOf(acts), reading.topic(), reading.features(),
                reading.buildsOn(), reading.specifics(), reading.repeats());
    }

    /** A concern being followed while the conversation is read. */
    private static final class Episode {
        private final Concern concern;
        private final int raisedAt;
        private final String raisedText;
        private final float[] vector;
        private final List<ConcernEpisode.Response> responses = new ArrayList<>();
        private int answeredAt = -1;

        Episode(Concern concern, int raisedAt, String raisedText, float[] vector) {
            this.concern = concern;
            this.raisedAt = raisedAt;
            this.raisedText = raisedText;
            this.vector = vector;
        }

        ConcernEpisode freeze() {
            return new ConcernEpisode(concern, raisedAt, raisedText, List.copyOf(responses), answeredAt);
        }
    }
}
