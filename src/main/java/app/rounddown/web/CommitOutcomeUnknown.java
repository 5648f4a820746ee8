package app.rounddown.web;

/** The database connection was lost while a change was being committed: it may or may not have been saved. */
public class CommitOutcomeUnknown extends RuntimeException {
    CommitOutcomeUnknown(Throwable cause) {
        super(cause);
    }
}
