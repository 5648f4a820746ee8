package app.rounddown.pipeline;

import app.rounddown.web.Labelled;
import java.util.Optional;

/** The hiring stages, in the order every candidate goes through them. */
public enum Stage implements Labelled {
    APPLIED("Applied", "Applied"),
    CULTURE("Culture interview", "Culture"),
    TECHNICAL("Technical interview", "Technical"),
    SMALL_TEAM("Small team screen", "Small team"),
    SUPERDAY("SuperDay", "SuperDay"),
    OFFER("Offer", "Offer"),
    HIRED("Hired", "Hired");

    private final String label;
    private final String shortLabel;

    Stage(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** For buttons on narrow board cards. */
    public String shortLabel() {
        return shortLabel;
    }

    @Override
    public String label() {
        return label;
    }

    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Stage> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** For templates: the next stage, or null at the end. */
    public Stage nextOrNull() {
        return next().orElse(null);
    }

    public Stage previousOrNull() {
        return previous().orElse(null);
    }
}
