package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the search reads newest first instead of through its index (CandidateFinder.Reading). */
class SearchReadingTest {
    @Test
    void aWordInMostOfManyRowsIsReadNewestFirst() {
        assertTrue(CandidateFinder.Reading.newestFirst(90_000.0, 100_000.0f, 1000));
        assertTrue(CandidateFinder.Reading.newestFirst(50_000.0, 100_000.0f, 1000));
    }

    @Test
    void aRareWordIsReadThroughTheIndex() {
        assertFalse(CandidateFinder.Reading.newestFirst(29_000.0, 100_000.0f, 1000));
    }

    @Test
    void aSmallTeamsSearchIsAlwaysReadThroughTheIndexSoEveryMatchIsRanked() {
        assertFalse(CandidateFinder.Reading.newestFirst(600.0, 800.0f, 1000));
        assertFalse(CandidateFinder.Reading.newestFirst(1000.0, 1500.0f, 1000));
    }

    @Test
    void withoutAnEstimateTheIndexIsUsed() {
        assertFalse(CandidateFinder.Reading.newestFirst(null, 100_000.0f, 1000));
        assertFalse(CandidateFinder.Reading.newestFirst(90_000.0, null, 1000));
    }

    @Test
    void cvsWithAQuotedPhraseAreReadThroughItsWordPairsHoweverCommonItsWords() {
        CandidateFinder.Reading phrase = CandidateFinder.Reading.of("'partner~channel'", 100.0, 100_000.0f, 54_000.0,
                100_000.0f, 1000);
        assertFalse(phrase.newestCvs());
        assertTrue(CandidateFinder.Reading.of(null, 100.0, 100_000.0f, 54_000.0, 100_000.0f, 1000).newestCvs());
    }

    @Test
    void oneWordOfLettersOrDigitsIsReadThroughTheWordsOfNamesAndEmails() {
        for (String word : List.of("okafor", "Okafor", " Ökafor ", "2026", "o2")) {
            assertTrue(CandidateFinder.Reading.plainWord(word), word);
        }
        for (String text : List.of("jane okafor", "-okafor", "synthetic-2026", "\"okafor\"", "okafor%", "o_k", "@acme",
                "", " ")) {
            assertFalse(CandidateFinder.Reading.plainWord(text), text);
        }
    }
}
