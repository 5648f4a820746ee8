package app.rounddown.pipeline;

import java.time.Instant;

/** Someone else changed the application after this person looked at it; nothing was changed. */
public class StaleView extends RuntimeException {
    public final long applicationId;
    public final String candidateName;
    public final Stage stage;
    public final ApplicationStatus status;
    public final String changedBy;
    public final Instant changedAt;
    public final String change;

    StaleView(Application application, ApplicationEvent latest) {
        super("stale view", null, false, false);
        applicationId = application.id;
        candidateName = application.candidate.name;
        stage = application.stage;
        status = application.status;
        changedBy = latest.actor;
        changedAt = latest.occurredAt;
        change = latest.describe();
    }

    /** For an application whose history has no event (made by an import rather than through the pipeline). */
    StaleView(Application application) {
        super("stale view", null, false, false);
        applicationId = application.id;
        candidateName = application.candidate.name;
        stage = application.stage;
        status = application.status;
        changedBy = "Someone";
        changedAt = application.stageEnteredAt;
        change = "it is now at " + application.stage.label() + " (" + application.status.name().toLowerCase() + ")";
    }
}
