package app.rounddown.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the board is showing: the name or e-mail typed into its filter, and whether rejected and withdrawn people
 * are shown in their columns too. Every link of the board carries it, so "show more" and a move keep the view.
 */
public record BoardFilter(String text, boolean closed) {
    public static BoardFilter of(String text, String closed) {
        return new BoardFilter(text == null ? "" : text.strip(), "true".equals(closed));
    }

    /** "?q=…&closed=true" for a link with no other parameters, or "" when nothing is filtered. */
    public String query() {
        String parameters = parameters();
        return parameters.isEmpty() ? "" : "?" + parameters;
    }

    /** "&q=…&closed=true" to follow other parameters, or "". */
    public String andQuery() {
        String parameters = parameters();
        return parameters.isEmpty() ? "" : "&" + parameters;
    }

    private String parameters() {
        String q = text.isEmpty() ? "" : "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        String shown = closed ? "closed=true" : "";
        return q.isEmpty() || shown.isEmpty() ? q + shown : q + "&" + shown;
    }
}
