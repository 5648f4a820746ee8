package app.rounddown.web;

/**
 * PostgreSQL text cannot hold the NUL character (an insert or even a search with it fails in the database), and
 * nobody types one on purpose, so text carrying it is refused with this message before it reaches the database.
 */
public final class StorableText {
    public static final String NUL = "Remove the NUL character (\\u0000) from this text; it cannot be stored or searched.";

    private StorableText() {
    }

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
