package app.rounddown.opening;

import app.rounddown.web.Labelled;

/** Where the work is done. */
public enum Remote implements Labelled {
    ON_SITE("On-site"), HYBRID("Hybrid"), REMOTE("Remote");

    private final String label;

    Remote(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
