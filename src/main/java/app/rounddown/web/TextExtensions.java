package app.rounddown.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@TemplateExtension
public final class TextExtensions {
    private TextExtensions() {
    }

    /** An amount as people read it: 875,000.00. */
    public static String money(java.math.BigDecimal amount) {
        return amount == null ? "" : new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH)).format(amount);
    }

    /**
     * A typed value shown again in a one-line input: line breaks become spaces, as a browser would make them, since
     * HTML allows none in an input's value (the refused value is still explained beside the field).
     */
    public static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\R", " ");
    }

    /** For values placed inside a link's query string. */
    public static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A brief written as plain text, shown with its structure: blank lines part paragraphs, lines starting
     * with "- " become a list, and **words** turn bold. Everything is escaped first, so no markup gets through.
     */
    public static io.quarkus.qute.RawString richText(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : (text == null ? "" : text.strip()).split("\\R\\s*\\R")) {
            java.util.List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                html.append("<ul>");
                lines.forEach(l -> html.append("<li>").append(inline(l.substring(2))).append("</li>"));
                html.append("</ul>");
            } else {
                html.append("<p>").append(String.join("<br>", lines.stream().map(TextExtensions::inline).toList()))
                        .append("</p>");
            }
        }
        return new io.quarkus.qute.RawString(html.toString());
    }

    private static String inline(String line) {
        return Html.escape(line).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }
}
