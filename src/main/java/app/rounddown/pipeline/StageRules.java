package app.rounddown.pipeline;

import app.rounddown.web.ActionNotAllowed;

import static app.rounddown.pipeline.ApplicationStatus.ACTIVE;
import static app.rounddown.pipeline.ApplicationStatus.HIRED;

/**
 * The rules for moving an application through the pipeline. Pure: no database, no clock, so they are
 * tested on their own and shared by the pages and the API.
 */
public final class StageRules {

    private StageRules() {
    }

    /** Moves go one stage forward or one back; moving into HIRED makes the hire final. */
    public static Transition move(Stage stage, ApplicationStatus status, Stage to) {
        requireActive(status, "moved");
        if (to == stage) {
            throw new ActionNotAllowed("The application is already at " + stage.label() + ".");
        }
        boolean forward = stage.next().filter(to::equals).isPresent();
        boolean back = stage.previous().filter(to::equals).isPresent();
        if (!forward && !back) {
            throw new ActionNotAllowed("Moves go one stage at a time: from " + stage.label() + " the application can go to "
                    + neighbours(stage) + ", not to " + to.label() + ".");
        }
        if (to == Stage.HIRED) {
            return new Transition(EventKind.HIRED, stage, status, to, HIRED);
        }
        return new Transition(EventKind.MOVED, stage, status, to, ACTIVE);
    }

    public static Transition reject(Stage stage, ApplicationStatus status) {
        requireActive(status, "rejected");
        return new Transition(EventKind.REJECTED, stage, status, stage, ApplicationStatus.REJECTED);
    }

    public static Transition withdraw(Stage stage, ApplicationStatus status) {
        requireActive(status, "withdrawn");
        return new Transition(EventKind.WITHDRAWN, stage, status, stage, ApplicationStatus.WITHDRAWN);
    }

    /** A rejected or withdrawn application comes back at the stage where it left. */
    public static Transition reopen(Stage stage, ApplicationStatus status) {
        if (!status.isClosed()) {
            throw new ActionNotAllowed("Only a rejected or withdrawn application can be reopened; this one is "
                    + status.label().toLowerCase() + ".");
        }
        return new Transition(EventKind.REOPENED, stage, status, stage, ACTIVE);
    }

    private static void requireActive(ApplicationStatus status, String verb) {
        switch (status) {
            case ACTIVE -> {
            }
            case HIRED -> throw new ActionNotAllowed("This candidate is hired; a hire is final and cannot be " + verb + ".");
            default -> throw new ActionNotAllowed("This application is " + status.label().toLowerCase()
                    + "; reopen it before it can be " + verb + ".");
        }
    }

    private static String neighbours(Stage stage) {
        String next = stage.next().map(Stage::label).orElse(null);
        String previous = stage.previous().map(Stage::label).orElse(null);
        if (next != null && previous != null) {
            return next + " or back to " + previous;
        }
        return next != null ? next : "back to " + previous;
    }
}
