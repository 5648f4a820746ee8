package app.rounddown.pipeline;

import java.time.Instant;

/** One entry of an application's history as the JSON API shows it. */
public record EventView(Long id, EventKind kind, String actor, Instant occurredAt, Stage fromStage, Stage toStage,
                        ApplicationStatus fromStatus, ApplicationStatus toStatus, String reasonCategory, String reason,
                        String description) {

    static EventView of(ApplicationEvent e) {
        return new EventView(e.id, e.kind, e.actor, e.occurredAt, e.fromStage, e.toStage, e.fromStatus, e.toStatus,
                e.reasonCategory, e.reason, e.describe());
    }
}
