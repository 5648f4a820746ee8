package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;

/**
 * An interviewer was assigned to a candidate's interview stage; fired inside the assignment's transaction.
 * {@code toldWithSuperDay}: a SuperDay reviewer assigned by scheduling the day, who gets their blocks with the
 * SuperDay's own calendar requests, so no separate interview invitation is wanted.
 */
public record InterviewAssigned(long assignmentId, long applicationId, Stage stage, long interviewerId, Instant startsAt,
                                boolean toldWithSuperDay) {
    public InterviewAssigned(long assignmentId, long applicationId, Stage stage, long interviewerId, Instant startsAt) {
        this(assignmentId, applicationId, stage, interviewerId, startsAt, false);
    }
}
