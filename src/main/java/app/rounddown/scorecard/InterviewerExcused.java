package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;

/** An interviewer no longer owes a card for an interview (a recruiter excused them); fired inside that transaction. */
public record InterviewerExcused(long assignmentId, long applicationId, Stage stage, long interviewerId, String reason) {
}
