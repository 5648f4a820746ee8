package app.rounddown.decision;

/** The hiring manager decided after a SuperDay; fired inside the decision's transaction. */
public record DecisionRecorded(long decisionId, long applicationId, Outcome outcome) {
}
