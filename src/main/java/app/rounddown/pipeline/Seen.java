package app.rounddown.pipeline;

/**
 * The stage (and, when known, the status) the person saw when they acted. If the application has changed
 * since, their action was based on an old picture and must not silently win.
 */
public record Seen(Stage stage, ApplicationStatus status) {

    public boolean matches(Application application) {
        return stage == application.stage && (status == null || status == application.status);
    }

    Seen withStatus(ApplicationStatus seenStatus) {
        return new Seen(stage, seenStatus);
    }
}
