package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;

/** An interview now takes place at another time (or for another length); fired inside that change's transaction. */
public record InterviewMoved(long assignmentId, long applicationId, Stage stage, long interviewerId,
                             Instant previousStartsAt, int previousDurationMinutes, Instant startsAt,
                             int durationMinutes) {
}
