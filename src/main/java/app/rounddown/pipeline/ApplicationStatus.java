package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

public enum ApplicationStatus implements Labelled {
    ACTIVE("Active"), REJECTED("Rejected"), WITHDRAWN("Withdrawn"), HIRED("Hired");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == ACTIVE;
    }

    public boolean isClosed() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
