package app.rounddown.web;

/**
 * HTML written in Java where a template would cost too much (hundreds of repeated fragments a view): text is escaped
 * exactly as Qute escapes an expression in an HTML template, so the output is the template's, byte for byte.
 */
public final class Html {
    private final StringBuilder out;

    public Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Markup, written as it is: only ever a constant of the calling code. */
    public Html tag(String markup) {
        out.append(markup);
        return this;
    }

    /** A value, escaped; nothing for null, as Qute writes nothing for it. */
    public Html text(Object value) {
        if (value == null) {
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** A number, which needs no escaping. */
    public Html number(long value) {
        out.append(value);
        return this;
    }

    /** Qute's truth for a text in an {@code #if}: there and not empty. */
    public static boolean present(String text) {
        return text != null && !text.isEmpty();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escaped as {@link #text}: for markup built from strings elsewhere. */
    public static String escape(String text) {
        return new Html(text.length() + 16).text(text).toString();
    }
}
