package net.sellmeapen.conversation.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import net.sellmeapen.language.SalesVocabulary;

/** Content words of a text, reduced to a crude stem so "contracts" meets "contract" and "signing" meets "sign". */
final class Words {

    private Words() {
    }

    static Set<String> contentStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : Lexicon.words(text)) {
            String bare = word.replaceAll("'s$", "");
            if (bare.length() >= 4 && !bare.contains("'") && !SalesVocabulary.STOPWORDS.contains(bare)) {
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
