package app.rounddown.pipeline;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an application's history as the JSON API shows it. */
public record EventView(Long id, EventKind kind, String actor, Instant occurredAt,
                        @Schema(nullable = true) Stage fromStage, Stage toStage,
                        @Schema(nullable = true) ApplicationStatus fromStatus, ApplicationStatus toStatus,
                        @Schema(nullable = true) String reasonCategory, @Schema(nullable = true) String reason,
                        String description) {

    static EventView of(ApplicationEvent e) {
        return new EventView(e.id, e.kind, e.actor, e.occurredAt, e.fromStage, e.toStage, e.fromStatus, e.toStatus,
                e.reasonCategory, e.reason, e.describe());
    }
}
