package app.rounddown.pipeline;

import static app.rounddown.pipeline.ApplicationStatus.ACTIVE;
import static app.rounddown.pipeline.ApplicationStatus.HIRED;
import static app.rounddown.pipeline.ApplicationStatus.REJECTED;
import static app.rounddown.pipeline.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.web.ActionNotAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageRulesTest {

    @Test
    void stagesRunInTheHiringOrder() {
        assertEquals("APPLIED CULTURE TECHNICAL SMALL_TEAM SUPERDAY OFFER HIRED",
                String.join(" ", java.util.Arrays.stream(Stage.values()).map(Enum::name).toList()));
    }

    @Test
    void anActiveApplicationMovesOneStageForward() {
        Transition t = StageRules.move(Stage.CULTURE, ACTIVE, Stage.TECHNICAL);
        assertEquals(EventKind.MOVED, t.kind());
        assertEquals(Stage.TECHNICAL, t.toStage());
        assertEquals(ACTIVE, t.toStatus());
        assertTrue(t.changesStage());
    }

    @Test
    void anActiveApplicationMovesOneStageBack() {
        Transition t = StageRules.move(Stage.TECHNICAL, ACTIVE, Stage.CULTURE);
        assertEquals(Stage.CULTURE, t.toStage());
    }

    @Test
    void skippingAStageIsRefusedWithTheStagesItCouldGoTo() {
        ActionNotAllowed refused = assertThrows(ActionNotAllowed.class,
                () -> StageRules.move(Stage.APPLIED, ACTIVE, Stage.TECHNICAL));
        assertEquals("Moves go one stage at a time: from Applied the application can go to Culture interview, "
                + "not to Technical interview.", refused.getMessage());
    }

    @Test
    void jumpingBackTwoStagesIsRefused() {
        assertThrows(ActionNotAllowed.class, () -> StageRules.move(Stage.SUPERDAY, ACTIVE, Stage.TECHNICAL));
    }

    @Test
    void movingToTheSameStageIsRefused() {
        ActionNotAllowed refused = assertThrows(ActionNotAllowed.class,
                () -> StageRules.move(Stage.OFFER, ACTIVE, Stage.OFFER));
        assertEquals("The application is already at Offer.", refused.getMessage());
    }

    @Test
    void movingFromOfferToHiredMakesTheApplicationHired() {
        Transition t = StageRules.move(Stage.OFFER, ACTIVE, Stage.HIRED);
        assertEquals(EventKind.HIRED, t.kind());
        assertEquals(HIRED, t.toStatus());
    }

    @Test
    void aHireIsFinal() {
        assertThrows(ActionNotAllowed.class, () -> StageRules.move(Stage.HIRED, HIRED, Stage.OFFER));
        assertThrows(ActionNotAllowed.class, () -> StageRules.reject(Stage.HIRED, HIRED));
        assertThrows(ActionNotAllowed.class, () -> StageRules.withdraw(Stage.HIRED, HIRED));
        assertThrows(ActionNotAllowed.class, () -> StageRules.reopen(Stage.HIRED, HIRED));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "WITHDRAWN"})
    void aClosedApplicationMustBeReopenedBeforeItMoves(ApplicationStatus closed) {
        ActionNotAllowed refused = assertThrows(ActionNotAllowed.class,
                () -> StageRules.move(Stage.CULTURE, closed, Stage.TECHNICAL));
        assertTrue(refused.getMessage().contains("reopen it"), refused.getMessage());
    }

    @Test
    void rejectionKeepsTheStageWhereTheCandidateLeft() {
        Transition t = StageRules.reject(Stage.SMALL_TEAM, ACTIVE);
        assertEquals(Stage.SMALL_TEAM, t.toStage());
        assertEquals(REJECTED, t.toStatus());
        assertEquals(false, t.changesStage());
    }

    @Test
    void withdrawalKeepsTheStageWhereTheCandidateLeft() {
        Transition t = StageRules.withdraw(Stage.SUPERDAY, ACTIVE);
        assertEquals(Stage.SUPERDAY, t.toStage());
        assertEquals(WITHDRAWN, t.toStatus());
    }

    @Test
    void aRejectedApplicationCannotBeRejectedAgain() {
        assertThrows(ActionNotAllowed.class, () -> StageRules.reject(Stage.CULTURE, REJECTED));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "WITHDRAWN"})
    void aClosedApplicationReopensActiveAtTheSameStage(ApplicationStatus closed) {
        Transition t = StageRules.reopen(Stage.TECHNICAL, closed);
        assertEquals(EventKind.REOPENED, t.kind());
        assertEquals(Stage.TECHNICAL, t.toStage());
        assertEquals(ACTIVE, t.toStatus());
    }

    @Test
    void anActiveApplicationCannotBeReopened() {
        assertThrows(ActionNotAllowed.class, () -> StageRules.reopen(Stage.TECHNICAL, ACTIVE));
    }
}
