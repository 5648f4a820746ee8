package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

public enum EventKind implements Labelled {
    APPLIED("applied"), MOVED("moved"), REJECTED("rejected"), WITHDRAWN("withdrawn"), REOPENED("reopened"), HIRED("hired"),
    OVERRIDDEN("moved on by override");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
