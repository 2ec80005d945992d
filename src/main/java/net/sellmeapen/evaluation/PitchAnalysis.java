package net.sellmeapen.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sellmeapen.language.Phrases;
import net.sellmeapen.language.SalesVocabulary;
import net.sellmeapen.language.Sentences;
import net.sellmeapen.conversation.Speaker;
import net.sellmeapen.conversation.Turn;

/**
 * What the rubric knows about one conversation: the trainee's sentences classified (question,
 * pitch, benefit, …), where the pitch begins, and the facts the buyer revealed along the way.
 */
final class PitchAnalysis {

    private static final Pattern CLAUSE = Pattern.compile("[,:;\u2014-]");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");

    /** One sentence the trainee said, with what the rubric sees in it. */
    record Sentence(int turn, String text, String normal, boolean question) {
    }

    private final List<Turn> turns;
    private final List<Sentence> traineeSentences = new ArrayList<>();
    /** Buyer fact stem → the word the buyer used and the turn they said it in. */
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    private record Fact(String word, int turn) {
    }

    PitchAnalysis(List<Turn> turns) {
        this.turns = List.copyOf(turns);
        Set<String> traineeStems = new LinkedHashSet<>();
        for (int i = 0; i < this.turns.size(); i++) {
            Turn turn = this.turns.get(i);
            if (turn.speaker() == Speaker.TRAINEE) {
                for (String part : Sentences.split(turn.text())) {
                    String normal = Phrases.normalise(part);
                    traineeSentences.add(new Sentence(i, part, normal, Sentences.isQuestion(normal)));
                }
                stemsOf(turn.text()).keySet().forEach(traineeStems::add);
            } else {
                for (Map.Entry<String, String> word : stemsOf(turn.text()).entrySet()) {
                    if (!traineeStems.contains(word.getKey())) {
                        facts.putIfAbsent(word.getKey(), new Fact(word.getValue(), i));
                    }
                }
            }
        }
    }

    List<Turn> turns() {
        return turns;
    }

    List<Sentence> traineeSentences() {
        return traineeSentences;
    }

    /** Index (into {@link #traineeSentences()}) of the first pitch sentence, or their count when none is. */
    int firstPitchIndex() {
        for (int i = 0; i < traineeSentences.size(); i++) {
            if (isPitch(traineeSentences.get(i))) {
                return i;
            }
        }
        return traineeSentences.size();
    }

    long traineeTurnCount() {
        return turns.stream().filter(turn -> turn.speaker() == Speaker.TRAINEE).count();
    }

    boolean isPitch(Sentence sentence) {
        String s = sentence.normal();
        return !sentence.question() && (SalesVocabulary.FEATURES.in(s) || SalesVocabulary.BENEFITS.in(s)
                || SalesVocabulary.DIFFERENTIATION.in(s) || SalesVocabulary.PITCH.in(s));
    }

    /** A real discovery question: about the buyer, not a close, not a leading question. */
    boolean isDiscoveryQuestion(Sentence sentence) {
        return Sentences.isDiscoveryQuestion(sentence.normal());
    }

    /**
     * An open question about the buyer's work, habits, current pen or what matters to them; the
     * open word may start any clause ("One question first: what do you…").
     */
    boolean isOpenBuyerQuestion(Sentence sentence) {
        String s = sentence.normal();
        boolean open = s.contains("tell me about") || s.contains("walk me through");
        for (String clause : CLAUSE.split(s)) {
            open |= SalesVocabulary.OPEN_START.find(Sentences.withoutFiller(clause.strip()))
                    .filter(m -> m.start() == 0).isPresent();
        }
        return isDiscoveryQuestion(sentence) && open && SalesVocabulary.BUYER_TOPICS.in(s);
    }

    boolean isBenefit(Sentence sentence) {
        return !sentence.question() && SalesVocabulary.BENEFITS.in(sentence.normal());
    }

    /** A feature named with no benefit attached. */
    boolean isBareFeature(Sentence sentence) {
        return !sentence.question() && SalesVocabulary.FEATURES.in(sentence.normal()) && !isBenefit(sentence);
    }

    /**
     * The most specific fact (the longest word) the buyer revealed before this sentence that the
     * sentence reuses, if any.
     */
    Optional<String> reusedFact(Sentence sentence) {
        String best = null;
        for (String stem : stemsOf(sentence.text()).keySet()) {
            Fact fact = facts.get(stem);
            if (fact != null && fact.turn() < sentence.turn() && (best == null || fact.word().length() > best.length())) {
                best = fact.word();
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the sentence builds on what the buyer said: a reused fact or "as you said". */
    boolean isPersonalised(Sentence sentence) {
        return reusedFact(sentence).isPresent() || SalesVocabulary.PERSONAL_REFERENCE.in(sentence.normal());
    }

    /** The trainee's sentences in the first trainee turn after the given turn index. */
    List<Sentence> nextTraineeTurn(int afterTurn) {
        for (int i = afterTurn + 1; i < turns.size(); i++) {
            if (turns.get(i).speaker() == Speaker.TRAINEE) {
                int turn = i;
                return traineeSentences.stream().filter(sentence -> sentence.turn() == turn).toList();
            }
        }
        return List.of();
    }

    /** Content words of a text, keyed by a crude stem so "contracts" meets "contract". */
    static Map<String, String> stemsOf(String text) {
        Map<String, String> stems = new LinkedHashMap<>();
        Matcher words = WORD.matcher(Phrases.normalise(text));
        while (words.find()) {
            String word = words.group().replaceAll("'s$", "");
            if (word.length() >= 4 && !SalesVocabulary.STOPWORDS.contains(word) && !word.contains("'")) {
                stems.putIfAbsent(stem(word), word);
            }
        }
        return stems;
    }

    static String stem(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("es") && w.length() > 4 && !w.endsWith("ses")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }
}
