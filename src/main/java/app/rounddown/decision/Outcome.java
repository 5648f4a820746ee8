package app.rounddown.decision;

import app.rounddown.web.Labelled;

public enum Outcome implements Labelled {
    OFFER("Make an offer"), REJECT("Reject");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
