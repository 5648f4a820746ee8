package app.rounddown.dossier;

/**
 * Which of the candidate page's folded forms to show open with their lists: the interviewer picker of one application,
 * the openings the candidate could join. Closed, a form's list (hundreds of people, up to 500 openings, most of the
 * page) is fetched only when someone opens it; these answer the link that does the same without JavaScript.
 */
public record Unfold(Long assignFor, boolean openings) {
    public static Unfold none() {
        return new Unfold(null, false);
    }

    /** From the page's query: {@code ?assign=<application id>} or {@code ?add=opening}; anything else opens nothing. */
    static Unfold of(String assign, String add) {
        Long application = null;
        try {
            application = assign == null ? null : Long.valueOf(assign.strip());
        } catch (NumberFormatException ignored) {
            // a mistyped link opens nothing rather than failing the page
        }
        return new Unfold(application, "opening".equals(add));
    }

    /** The assign form is open when asked for, when its last try needs a word, or when nobody interviews yet. */
    public boolean assign(long applicationId, boolean troubled, boolean needsInterviewer) {
        return troubled || needsInterviewer || Long.valueOf(applicationId).equals(assignFor);
    }

    /** The add-to-opening form is open when asked for, after a mistake in it, or when it is the only way on. */
    public boolean addToOpening(boolean troubled, boolean inNoPipeline) {
        return openings || troubled || inNoPipeline;
    }
}
