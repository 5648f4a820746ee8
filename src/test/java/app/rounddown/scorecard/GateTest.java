package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.pipeline.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateTest {
    private static final Gate.Interviewer SIMON_DONE = new Gate.Interviewer("Simon", true, false);
    private static final Gate.Interviewer TIM_PENDING = new Gate.Interviewer("Tim", false, false);
    private static final Gate.Interviewer TIM_EXCUSED = new Gate.Interviewer("Tim", false, true);

    @Test
    void allCardsInAndAYesLetTheCandidateMoveOn() {
        assertEquals(List.of(), Gate.reasonsToHold(Stage.TECHNICAL, List.of(SIMON_DONE),
                List.of(new Gate.Card("Simon", 3)), Optional.empty()));
    }

    @Test
    void aMissingCardHoldsTheMoveAndNamesWho() {
        List<String> reasons = Gate.reasonsToHold(Stage.TECHNICAL, List.of(SIMON_DONE, TIM_PENDING),
                List.of(new Gate.Card("Simon", 4)), Optional.empty());
        assertEquals(List.of("Waiting for the scorecard of Tim (a recruiter can excuse an interviewer, with a reason)."),
                reasons);
    }

    @Test
    void anExcusedInterviewerIsNotWaitedFor() {
        assertEquals(List.of(), Gate.reasonsToHold(Stage.TECHNICAL, List.of(SIMON_DONE, TIM_EXCUSED),
                List.of(new Gate.Card("Simon", 3)), Optional.empty()));
    }

    @Test
    void aThreeAndATwoRoundDownToANo() {
        List<String> reasons = Gate.reasonsToHold(Stage.SMALL_TEAM, List.of(), List.of(new Gate.Card("A", 3),
                new Gate.Card("B", 2)), Optional.empty());
        assertEquals(List.of("The Small team screen scores 2 (No), rounded down from the cards; moving on needs a "
                + "definite yes (3)."), reasons);
    }

    @Test
    void aStrongNoHoldsEvenWhenTheMeanIsAYes() {
        List<String> reasons = Gate.reasonsToHold(Stage.SUPERDAY, List.of(), List.of(new Gate.Card("A", 4),
                new Gate.Card("B", 4), new Gate.Card("C", 4), new Gate.Card("Dana", 1)), Optional.empty());
        assertEquals(List.of("A Strong No from Dana."), reasons);
    }

    @Test
    void noCardsMeansNoMove() {
        assertEquals(List.of("No scorecard has been submitted for the Culture interview yet."),
                Gate.reasonsToHold(Stage.CULTURE, List.of(), List.of(), Optional.empty()));
    }

    @Test
    void aCultureVetoBlocksEveryLaterMoveForward() {
        List<String> reasons = Gate.reasonsToHold(Stage.OFFER, List.of(), List.of(),
                Optional.of("Paolo gave a Strong No at the Culture interview"));
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("Culture comes first, and Paolo gave a Strong No"));
    }

    @Test
    void stagesWithoutInterviewsAreNotGated() {
        assertEquals(List.of(), Gate.reasonsToHold(Stage.APPLIED, List.of(), List.of(), Optional.empty()));
        assertEquals(List.of(), Gate.reasonsToHold(Stage.OFFER, List.of(), List.of(), Optional.empty()));
    }

    @Test
    void aStrongNoAtTheCultureInterviewIsAVeto() {
        assertEquals(Optional.of("Ana gave a Strong No at the Culture interview"), Gate.cultureVeto(List.of(
                new Gate.CultureCard("Ana", Stage.CULTURE, 1, null))));
    }

    @Test
    void aStrongNoOnACultureCriterionLaterIsAVetoToo() {
        assertEquals(Optional.of("Ben scored \u201cValues\u201d a Strong No at the Technical interview"),
                Gate.cultureVeto(List.of(new Gate.CultureCard("Ana", Stage.CULTURE, 3, null),
                        new Gate.CultureCard("Ben", Stage.TECHNICAL, 3, "Values"))));
    }

    @Test
    void lowScoresElsewhereAreNoVeto() {
        assertEquals(Optional.empty(), Gate.cultureVeto(List.of(
                new Gate.CultureCard("Ana", Stage.TECHNICAL, 1, null))));
    }

    @Test
    void eachHoldNamesItsBlockerForTheBoardsBadge() {
        List<Gate.Hold> holds = Gate.holds(Stage.TECHNICAL, List.of(SIMON_DONE, TIM_PENDING),
                List.of(new Gate.Card("Simon", 1)), Optional.of("Ana gave a Strong No at the Culture interview"));
        assertEquals(List.of(Gate.Blocker.CULTURE_VETO, Gate.Blocker.MISSING_CARD, Gate.Blocker.BELOW_THREE,
                Gate.Blocker.STRONG_NO), holds.stream().map(Gate.Hold::blocker).toList());
    }

    @Test
    void noReasonStartsWithAPersonsNameSoARefusalCanNameTheCandidateFirst() {
        List<Gate.Hold> holds = Gate.holds(Stage.TECHNICAL, List.of(SIMON_DONE, TIM_PENDING),
                List.of(new Gate.Card("Simon", 1)), Optional.of("Ana gave a Strong No at the Culture interview"));
        for (Gate.Hold hold : holds) {
            assertTrue(!hold.reason().startsWith("Simon") && !hold.reason().startsWith("Tim")
                    && !hold.reason().startsWith("Ana"), hold.reason());
        }
    }
}
