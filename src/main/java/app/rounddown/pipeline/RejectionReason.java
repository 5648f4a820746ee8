package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

public enum RejectionReason implements Labelled {
    CULTURE_FIT("Culture fit"),
    TECHNICAL_SKILLS("Technical aptitude"),
    CUSTOMER_SKILLS("Customer and interpersonal skills"),
    SUPERDAY_OUTPUT("SuperDay output"),
    EXPERIENCE("Experience for the role"),
    COMPENSATION("Compensation expectations"),
    ROLE_FILLED("Role filled or closed"),
    OTHER("Other");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
