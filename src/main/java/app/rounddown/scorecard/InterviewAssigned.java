package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;

/** An interviewer was assigned to a candidate's interview stage; fired inside the assignment's transaction. */
public record InterviewAssigned(long assignmentId, long applicationId, Stage stage, long interviewerId, Instant startsAt) {
}
