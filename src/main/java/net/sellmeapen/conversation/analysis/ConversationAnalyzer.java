package net.sellmeapen.conversation.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sellmeapen.conversation.Product;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;
import net.sellmeapen.language.IntentClassifier;
import net.sellmeapen.language.IntentTraining;
import net.sellmeapen.language.SentenceEmbeddings;

/**
 * Builds the {@link ConversationAnalysis} of a conversation, turn by turn: what each part of a
 * trainee's turn does (an intent classifier over sentence embeddings, plus lexical cues that settle
 * facts outright), what each buyer turn raises or reveals, and whether each concern was answered
 * with substance. Thread-safe; the same turns always give the same analysis.
 */
public final class ConversationAnalyzer {

    /** The labelled trainee sentences the intent classifier is trained on (a folder with a FILES list). */
    public static final String CORPUS = "/analysis/corpus";
    /** The intent classifier's weights, trained from {@link #CORPUS} by {@code scripts/train-intents}. */
    public static final String INTENT_MODEL = "/analysis/intents.bin.gz";
    /** Example buyer lines per concern and signal, and the product's need and feature sentences. */
    static final String BUYER_EXAMPLES = "/analysis/buyer-examples.txt";

    private final Examples examples;
    private final ClauseReader clauses;
    private final TraineeReader trainee;
    private final BuyerReader buyer;

    public ConversationAnalyzer(SentenceEmbeddings embeddings, Product product) {
        this(embeddings, product, IntentClassifier.load(INTENT_MODEL));
    }

    /** An analyzer reading trainee sentences with this classifier (a freshly trained one, say). */
    public ConversationAnalyzer(SentenceEmbeddings embeddings, Product product, IntentClassifier classifier) {
        this.examples = new Examples(Examples.read(BUYER_EXAMPLES), embeddings);
        product.needs().forEach(need -> examples.add("need:" + need.id(), need.examples()));
        product.features().forEach(feature -> examples.add("feature:" + feature.id(), feature.examples()));
        this.clauses = new ClauseReader(embeddings, classifier, product, examples);
        this.trainee = new TraineeReader(clauses, embeddings, product, vocabulary(product));
        this.buyer = new BuyerReader(embeddings, examples, product);
    }

    /** Words the analysis knows as English beyond the most common ones: the corpus's and the product's. */
    private Set<String> vocabulary(Product product) {
        Set<String> words = new HashSet<>(examples.vocabulary());
        IntentTraining.readCorpus(CORPUS).forEach(example -> words.addAll(Lexicon.words(example.text())));
        words.addAll(Lexicon.words(product.name() + " " + product.summary()));
        return Set.copyOf(words);
    }

    /**
     * Computes the meaning of every labelled example now (waiting for the sentence model), so the
     * first conversation does not pay for it; for a background thread at start-up.
     */
    public void warmUp() {
        clauses.read("Shall I put one aside for you?");
        examples.similarity("concern:price", clauses.read("How much is it?").vector());
    }

    /** The parts of a trainee's message, each read once, in order (none for a message not in English). */
    public List<ClauseReading> readMessage(String text) {
        return trainee.parts(text);
    }

    /**
     * What a message mainly does: the surest of its parts that is not a courtesy (a greeting or a
     * lead-in), or the surest part when it is all courtesy.
     */
    public static Intent mainIntent(List<ClauseReading> parts) {
        Comparator<ClauseReading> sure = Comparator.comparingDouble(ClauseReading::confidence);
        return parts.stream().filter(part -> !part.intent().isCourtesy()).max(sure)
                .or(() -> parts.stream().max(sure)).map(ClauseReading::intent).orElse(Intent.OFF_TOPIC);
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
        List<float[]> earlierParts = new ArrayList<>();
        List<String> earlierTurns = new ArrayList<>();
        Set<String> traineeStems = new LinkedHashSet<>();
        TraineeTurnReading previousTrainee = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() == Speaker.TRAINEE) {
                List<SentenceReading> parts = trainee.readTurn(turn.text(), List.copyOf(facts),
                        List.copyOf(earlierParts));
                parts = respond(i, parts, episodes);
                int repeatOf = repeatOf(turn.text(), parts, earlierTurns, readings);
                previousTrainee = new TraineeTurnReading(i, turn.text(), parts, repeatOf);
                readings.add(previousTrainee);
                parts.stream().filter(part -> part.clause() != null && !part.intent().isCourtesy())
                        .forEach(part -> earlierParts.add(part.clause().vector()));
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
                        episodes.add(new Episode(concern, i, turn.text()));
                    }
                }
            }
        }
        return new ConversationAnalysis(List.copyOf(turns), List.copyOf(readings), List.copyOf(facts),
                episodes.stream().map(Episode::freeze).toList());
    }

    /** A genuine question to the buyer about themselves: a discovery question or one about what holds them back. */
    private static boolean asksTheBuyer(SentenceReading sentence) {
        return sentence.topic() != null && !sentence.has(Act.RUDE);
    }

    /** Records how this trainee turn responds to each open concern, marking the part that answers one. */
    private static List<SentenceReading> respond(int index, List<SentenceReading> parts, List<Episode> episodes) {
        List<SentenceReading> sentences = new ArrayList<>(parts);
        for (Episode episode : episodes) {
            if (episode.answeredAt >= 0 || episode.raisedAt >= index) {
                continue;
            }
            ConcernEpisode.Verdict verdict = null;
            for (int s = 0; s < sentences.size(); s++) {
                ConcernEpisode.Verdict said = ConcernAnswers.verdict(episode.concern, sentences.get(s));
                if (said == ConcernEpisode.Verdict.ANSWERED) {
                    verdict = said;
                    sentences.set(s, withAct(sentences.get(s), Act.CONCERN_ANSWER, sentences.get(s).confidence()));
                } else if (said != null && verdict == null) {
                    verdict = said;
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

    /** The earlier trainee turn this one repeats: the same words, or nothing but parts said before. */
    private static int repeatOf(String text, List<SentenceReading> sentences, List<String> earlierTurns,
            List<TurnReading> readings) {
        String normal = normalised(text);
        List<SentenceReading> substantive = sentences.stream()
                .filter(s -> s.clause() == null || !s.intent().isCourtesy()).toList();
        boolean allRepeated = !substantive.isEmpty() && substantive.stream().allMatch(SentenceReading::repeats);
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
                reading.buildsOn(), reading.specifics(), reading.repeats(), reading.clause());
    }

    /** A concern being followed while the conversation is read. */
    private static final class Episode {
        private final Concern concern;
        private final int raisedAt;
        private final String raisedText;
        private final List<ConcernEpisode.Response> responses = new ArrayList<>();
        private int answeredAt = -1;

        Episode(Concern concern, int raisedAt, String raisedText) {
            this.concern = concern;
            this.raisedAt = raisedAt;
            this.raisedText = raisedText;
        }

        ConcernEpisode freeze() {
            return new ConcernEpisode(concern, raisedAt, raisedText, List.copyOf(responses), answeredAt);
        }
    }
}
