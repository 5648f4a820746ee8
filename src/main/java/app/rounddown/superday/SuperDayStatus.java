package app.rounddown.superday;

import app.rounddown.web.Labelled;

public enum SuperDayStatus implements Labelled {
    SCHEDULED("Scheduled"), CONFIRMED("Confirmed"), IN_PROGRESS("In progress"), SUBMITTED("Submitted"),
    REVIEWED("Reviewed"), CLOSED("Closed"), CANCELLED("Cancelled");

    private final String label;

    SuperDayStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isOver() {
        return this == CLOSED || this == CANCELLED;
    }
}
