package app.rounddown.scorecard;

import app.rounddown.people.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who sees whose scorecards. Independence first: an interviewer writes their card before seeing anyone else's.
 * Pure, so the rule is tested on its own.
 */
public final class CardVisibility {
    static final String HIDDEN = "The interview results do not allow a move on yet; they stay hidden from you until "
            + "you submit your own scorecard.";
    private static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER);

    private CardVisibility() {
    }

    /**
     * Someone assigned to a stage sees the other cards of it only after submitting their own; admins, recruiters
     * and hiring managers who are not waiting on their own card see all of them.
     */
    public static boolean othersVisible(boolean owesThisCard, boolean submittedOwn, Set<Role> roles) {
        if (owesThisCard) {
            return false;
        }
        return submittedOwn || roles.stream().anyMatch(SEE_ALL::contains);
    }

    /**
     * Why a move forward waits, as this viewer may read it: someone still owing a card for any stage of the
     * application learns that the move is held, but not the scores or who said what.
     */
    public static List<Gate.Hold> asSeenBy(List<Gate.Hold> holds, boolean owesACardAnywhere) {
        return holds.isEmpty() || !owesACardAnywhere ? holds : List.of(new Gate.Hold(Gate.Blocker.HIDDEN, HIDDEN));
    }
}
