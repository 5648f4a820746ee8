package app.rounddown.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML part of a message a person wrote as plain text (a recruiter's edited rejection): paragraphs at blank lines,
 * lines starting with "- " as a list, everything escaped.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String toHtml(String text, String companyName) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(companyName)).append("</title></head>\n<body>\n");
        for (String block : text.strip().split("\\R\\s*\\R")) {
            List<String> items = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\\R")) {
                if (line.strip().startsWith("- ")) {
                    items.add(line.strip().substring(2).strip());
                } else {
                    flushList(html, items, lines);
                    lines.add(line.strip());
                }
            }
            flushList(html, items, lines);
            flushParagraph(html, lines);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void flushList(StringBuilder html, List<String> items, List<String> lines) {
        if (items.isEmpty()) {
            return;
        }
        flushParagraph(html, lines);
        html.append("<ul>\n");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
        html.append("</ul>\n");
        items.clear();
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p>").append(String.join("<br>\n", lines.stream().map(PlainText::escape).toList())).append("</p>\n");
        lines.clear();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
