package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedPhrasesTest {
    @Test
    void eachClosedQuoteIsAPhraseEveryMatchMustHold() {
        assertEquals(List.of("grew the partner channel", "six-figure deals"),
                QuotedPhrases.requiredIn("renewals \"grew the partner channel\" emea \"six-figure deals\""));
    }

    @Test
    void anExcludedPhraseIsNotRequired() {
        assertEquals(List.of("closed deals"), QuotedPhrases.requiredIn("\"closed deals\" -\"cold calling\""));
        assertEquals(List.of(), QuotedPhrases.requiredIn("renewals - \"partner channel\""));
    }

    @Test
    void withAnOrNoPhraseIsRequiredSinceEachMayBeAnAlternative() {
        assertEquals(List.of(), QuotedPhrases.requiredIn("\"partner channel\" OR \"new logos\""));
        assertEquals(List.of(), QuotedPhrases.requiredIn("emea or \"partner channel\""));
    }

    @Test
    void anOrInsideAPhraseIsOnlyAWordOfIt() {
        assertEquals(List.of("more or less"), QuotedPhrases.requiredIn("\"more or less\" quota"));
    }

    @Test
    void anUnclosedQuoteOrPlainWordsRequireNoPhrase() {
        assertEquals(List.of(), QuotedPhrases.requiredIn("renewals \"partner channel"));
        assertEquals(List.of(), QuotedPhrases.requiredIn("partner channel"));
        assertEquals(List.of(), QuotedPhrases.requiredIn("\"\" \"  \""));
    }

    @Test
    void wordsGluedToAnOrAreNotTheOperator() {
        assertEquals(List.of("new logos"), QuotedPhrases.requiredIn("oracle \"new logos\" north"));
    }
}
