package app.rounddown.pipeline;

import java.time.Instant;

/**
 * An application was added, moved, rejected, withdrawn, reopened or let through by an override. Fired from the one
 * place every pipeline change passes through, inside its transaction, for rooms above that react (mail, reports).
 */
public record StageChanged(long applicationId, long candidateId, long openingId, EventKind kind, Stage fromStage,
                           Stage toStage, ApplicationStatus fromStatus, ApplicationStatus toStatus, String actor,
                           Instant at) {
    static StageChanged of(Application application, ApplicationEvent event) {
        return new StageChanged(application.id, application.candidate.id, application.opening.id, event.kind,
                event.fromStage, event.toStage, event.fromStatus, event.toStatus, event.actor, event.occurredAt);
    }
}
