package app.rounddown.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quoted phrases every match of a search must contain, read from the search box's syntax (PostgreSQL's
 * websearch_to_tsquery: "quoted phrase", -excluded, or). Used only to narrow the CVs whose word order is checked, so
 * it errs towards fewer: a phrase preceded by a minus (spaces between allowed) is excluded, not required; with an "or" anywhere a phrase may
 * be one alternative among others, so none is required; an unclosed quote requires nothing.
 */
final class QuotedPhrases {
    private QuotedPhrases() {
    }

    static List<String> requiredIn(String query) {
        List<String> phrases = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        int at = 0;
        while (at < query.length()) {
            int open = query.indexOf('"', at);
            int close = open < 0 ? -1 : query.indexOf('"', open + 1);
            if (close < 0) {
                outside.append(query, at, query.length());
                break;
            }
            outside.append(query, at, open);
            // websearch_to_tsquery reads "renewals - \"cold calls\"" as excluding the phrase too.
            boolean excluded = outside.toString().stripTrailing().endsWith("-");
            outside.append(' ');
            String phrase = query.substring(open + 1, close).strip();
            if (!excluded && !phrase.isEmpty()) {
                phrases.add(phrase);
            }
            at = close + 1;
        }
        for (String word : outside.toString().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.equals("or")) {
                return List.of();
            }
        }
        return phrases;
    }
}
