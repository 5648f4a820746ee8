package app.rounddown.pipeline;

import app.rounddown.people.User;
import java.util.List;

/**
 * Why an application may not move forward out of its interview stage yet (cards missing, below 3, a Strong No, a
 * culture veto). The scorecard feature answers; the pipeline knows no cards.
 */
public interface MoveGate {
    /** The reasons as this viewer may read them: someone still owing a card learns only that results are hidden. */
    List<String> reasonsToHold(Application application, User viewer);

    /** All the reasons, for deciding whether an override is needed at all. */
    List<String> reasonsToHold(Application application);
}
