package net.sellmeapen.conversation.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

/** Content words of a text, reduced to a crude stem so "contracts" meets "contract" and "signing" meets "sign". */
final class Words {

    /** Common words that carry no fact about the buyer. */
    private static final Set<String> STOPWORDS = Set.of("about", "above", "after", "again", "against", "also", "always",
            "another", "anything", "around", "because", "been", "before", "being", "below", "better", "between",
            "both", "came", "come", "could", "does", "doing", "done", "down", "during", "each", "else", "enough",
            "even", "ever", "every", "few", "from", "further", "gets", "getting", "give", "going", "gone", "good",
            "great", "have", "having", "here", "hers", "herself", "himself", "just", "know", "like", "little",
            "made", "make", "many", "maybe", "more", "most", "much", "must", "myself", "need", "never", "nice",
            "okay", "once", "only", "other", "ours", "ourselves", "over", "really", "same", "should", "since",
            "some", "something", "still", "such", "sure", "take", "than", "thank", "thanks", "that", "thats",
            "their", "theirs", "them", "themselves", "then", "there", "these", "they", "thing", "things", "think",
            "this", "those", "though", "through", "under", "until", "very", "want", "well", "were", "what", "when",
            "where", "which", "while", "will", "with", "would", "yeah", "your", "yours", "yourself", "pen", "pens",
            "sell", "selling", "buy", "buying", "price", "actually", "probably", "kind", "sort", "quite", "pretty",
            "alright", "right", "hello", "mean", "guess", "look", "said", "tell", "says", "sounds", "fine", "kinda",
            "gonna", "wanna", "lots", "stuff", "someone", "anyone", "everyone", "today", "sorry", "please", "didn",
            "doesn", "don't", "isn't", "can't", "won't", "i'm", "i've", "it's", "you're", "that's", "what's",
            "there's", "i'll", "i'd", "let's", "usually", "honestly");

    private Words() {
    }

    static Set<String> contentStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : Lexicon.words(text)) {
            String bare = word.replaceAll("'s$", "");
            if (bare.length() >= 4 && !bare.contains("'") && !STOPWORDS.contains(bare)) {
                String stem = stem(bare);
                if (!Lexicon.GENERIC.contains(bare) && !Lexicon.GENERIC.contains(stem)) {
                    stems.add(stem);
                }
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
