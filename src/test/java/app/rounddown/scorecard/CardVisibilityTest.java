package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardVisibilityTest {
    private static final Set<Role> INTERVIEWER = EnumSet.of(Role.INTERVIEWER);

    @Test
    void anInterviewerStillOwingTheirCardSeesNoOtherCardWhateverTheirRole() {
        assertFalse(CardVisibility.othersVisible(true, false, EnumSet.allOf(Role.class)));
    }

    @Test
    void anInterviewerSeesTheOtherCardsOnceTheirOwnIsIn() {
        assertTrue(CardVisibility.othersVisible(false, true, INTERVIEWER));
    }

    @Test
    void anInterviewerWhoWasNotOnTheStageSeesNothingOfIt() {
        assertFalse(CardVisibility.othersVisible(false, false, INTERVIEWER));
    }

    @Test
    void adminsRecruitersAndHiringManagersNotWaitingOnACardSeeAll() {
        for (Role role : List.of(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)) {
            assertTrue(CardVisibility.othersVisible(false, false, EnumSet.of(role)), role.name());
        }
    }

    @Test
    void someoneOwingACardLearnsOnlyThatTheMoveIsHeld() {
        List<String> reasons = List.of("Ana gave a Strong No.");
        assertEquals(List.of(CardVisibility.HIDDEN), CardVisibility.reasonsAsSeenBy(reasons, true));
        assertEquals(reasons, CardVisibility.reasonsAsSeenBy(reasons, false));
        assertEquals(List.of(), CardVisibility.reasonsAsSeenBy(List.of(), true), "nothing held, nothing hidden");
    }
}
