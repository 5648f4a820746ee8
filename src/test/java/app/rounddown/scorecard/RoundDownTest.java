package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RoundDownTest {

    @Test
    void aThreeAndATwoGiveTwo() {
        assertEquals(OptionalInt.of(2), RoundDown.of(List.of(3, 2)));
    }

    @Test
    void fourThreeThreeGiveThree() {
        assertEquals(OptionalInt.of(3), RoundDown.of(List.of(4, 3, 3)));
    }

    @Test
    void threeThreeTwoGiveTwoBecauseTwoPointSixSixIsNotAYes() {
        assertEquals(OptionalInt.of(2), RoundDown.of(List.of(3, 3, 2)));
    }

    @Test
    void twoPointFiveAndTwoPointNineNineBothRoundDownToTwo() {
        assertEquals(OptionalInt.of(2), RoundDown.of(List.of(2, 3)));
        // 2.99 as a mean: ninety-nine 3s and one 2 over a hundred cards is 2.99
        List<Integer> almostThree = new java.util.ArrayList<>(java.util.Collections.nCopies(99, 3));
        almostThree.add(2);
        assertEquals(OptionalInt.of(2), RoundDown.of(almostThree));
    }

    @Test
    void aSingleCardIsItsOwnScoreAndNoCardsIsNoScore() {
        assertEquals(OptionalInt.of(4), RoundDown.of(List.of(4)));
        assertEquals(OptionalInt.empty(), RoundDown.of(List.of()));
    }

    @Test
    void scoresHaveWords() {
        assertEquals("Strong no", RoundDown.word(1));
        assertEquals("No", RoundDown.word(2));
        assertEquals("Yes", RoundDown.word(3));
        assertEquals("Strong yes", RoundDown.word(4));
        assertThrows(IllegalArgumentException.class, () -> RoundDown.word(5));
    }

    @Test
    void aThreeWithWeakCriteriaOrMildConcernsIsSoft() {
        assertTrue(RoundDown.softThree(3, List.of(3, 2, 3), false));
        assertTrue(RoundDown.softThree(3, List.of(4, 4), true));
        assertFalse(RoundDown.softThree(3, List.of(3, 3, 4), false));
        assertFalse(RoundDown.softThree(3, List.of(), false));
        assertFalse(RoundDown.softThree(4, List.of(2, 2), true));
    }

    @Test
    void cardsTwoPointsApartNeedDiscussion() {
        assertTrue(RoundDown.divergent(List.of(1, 4)));
        assertTrue(RoundDown.divergent(List.of(2, 4, 3)));
        assertFalse(RoundDown.divergent(List.of(2, 3)));
        assertFalse(RoundDown.divergent(List.of(4)));
    }
}
