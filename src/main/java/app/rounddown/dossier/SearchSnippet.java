package app.rounddown.dossier;

import io.quarkus.qute.RawString;

/**
 * Why a search result matched: a few words around the match from a CV, a note or a card's takeaways, with the
 * matched words marked. PostgreSQL's ts_headline marks them with two sentinel characters (removed from the source
 * text beforehand, so the text cannot forge one; angle brackets are passed as two other control characters, or
 * ts_headline would drop "tags" from what was typed); everything else is escaped here, and only then do the sentinels
 * become {@code <mark>} and {@code </mark>}, so no other markup of the source text ever reaches the page.
 */
public record SearchSnippet(String label, String headline) {
    /** The sentinels ts_headline puts around a match: STX and ETX, characters no one types. */
    static final char START = '\u0002';
    static final char STOP = '\u0003';
    /** ts_headline leaves out whatever looks like an HTML tag; the query hands it these instead of < and >. */
    static final char LESS = '\u0004';
    static final char GREATER = '\u0005';

    public RawString html() {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        int open = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<', LESS -> html.append("&lt;");
                case '>', GREATER -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case START -> {
                    if (open == 0) {
                        html.append("<mark>");
                    }
                    open++;
                }
                case STOP -> {
                    if (open == 1) {
                        html.append("</mark>");
                    }
                    open = Math.max(0, open - 1);
                }
                default -> html.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        if (open > 0) {
            html.append("</mark>");
        }
        return new RawString(html.toString());
    }
}
