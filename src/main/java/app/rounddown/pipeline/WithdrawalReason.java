package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

public enum WithdrawalReason implements Labelled {
    ACCEPTED_OTHER_OFFER("Accepted another offer"),
    COMPENSATION("Compensation"),
    TIMING("Timing or availability"),
    ROLE_NOT_A_FIT("Role is not what they want"),
    PERSONAL("Personal reasons"),
    NO_RESPONSE("Stopped responding"),
    OTHER("Other");

    private final String label;

    WithdrawalReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
