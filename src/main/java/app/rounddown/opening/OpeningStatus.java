package app.rounddown.opening;

import app.rounddown.web.Labelled;

public enum OpeningStatus implements Labelled {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    OpeningStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
