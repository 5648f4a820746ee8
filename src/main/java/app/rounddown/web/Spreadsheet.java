package app.rounddown.web;

/** CSV cells that a spreadsheet opens as text, never as a formula. */
public final class Spreadsheet {
    private Spreadsheet() {
    }

    /** Text starting like a formula (=, +, -, @, tab, return) gets a leading apostrophe. */
    public static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
