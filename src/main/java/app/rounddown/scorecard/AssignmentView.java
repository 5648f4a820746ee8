package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssignmentView(Long id, Long applicationId, Stage stage, Long interviewerId, String interviewerName,
                             Instant startsAt, int durationMinutes, Instant cardDueAt,
                             @Schema(nullable = true) String excusedReason,
                             @Schema(description = "the version to send when moving the interview") int version) {

    static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.application.id, a.stage, a.interviewer.id, a.interviewer.name, a.startsAt,
                a.durationMinutes, a.cardDueAt(), a.excusedReason, a.calendarSequence);
    }
}
