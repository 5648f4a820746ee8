package app.rounddown.web;

/** The pipeline rules forbid this action; the message says why, in words for the person who tried. */
public class ActionNotAllowed extends RuntimeException {
    public ActionNotAllowed(String message) {
        super(message, null, false, false);
    }
}
