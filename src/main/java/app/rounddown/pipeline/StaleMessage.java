package app.rounddown.pipeline;

import app.rounddown.web.Times;

/** Tells the person who lost a race what happened, so they can decide again with the current picture. */
public final class StaleMessage {
    private StaleMessage() {
    }

    public static String of(StaleView e) {
        return "While you were looking, " + e.changedBy + " changed " + e.candidateName + "'s application ("
                + Times.format(e.changedAt) + "): " + e.change + ". Your change was not made; the application is now at "
                + e.stage.label() + ", " + e.status.label().toLowerCase() + ".";
    }
}
