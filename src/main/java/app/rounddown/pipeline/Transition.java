package app.rounddown.pipeline;

/** What one action does to an application: from where it was to where it ends up. */
public record Transition(EventKind kind, Stage fromStage, ApplicationStatus fromStatus, Stage toStage,
                         ApplicationStatus toStatus) {

    public boolean changesStage() {
        return fromStage != toStage;
    }
}
