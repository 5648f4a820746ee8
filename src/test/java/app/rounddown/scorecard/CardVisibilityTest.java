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
        List<Gate.Hold> holds = List.of(new Gate.Hold(Gate.Blocker.STRONG_NO, "A Strong No from Ana."));
        assertEquals(List.of(new Gate.Hold(Gate.Blocker.HIDDEN, CardVisibility.HIDDEN)), CardVisibility.asSeenBy(holds, true));
        assertEquals(holds, CardVisibility.asSeenBy(holds, false));
        assertEquals(List.of(), CardVisibility.asSeenBy(List.of(), true), "nothing held, nothing hidden");
    }
}
