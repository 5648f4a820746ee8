package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

/** The one category of a gate override; the words are the hiring manager's own. */
public enum OverrideReason implements Labelled {
    OVERRIDE;

    @Override
    public String label() {
        return "Override";
    }
}
