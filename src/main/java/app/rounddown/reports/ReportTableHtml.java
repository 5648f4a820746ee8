package app.rounddown.reports;

import app.rounddown.web.Html;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * A report table's HTML (tags/reportTable.html), written in Java: the largest reports are hundreds of rows of cells
 * (calibration has a row for each interviewer and stage, time to hire one for each opening), and Qute evaluated each
 * cell's few values through its resolvers. The markup is the template's, escaped as Qute escapes it, byte for byte.
 */
@TemplateExtension
public final class ReportTableHtml {
    private ReportTableHtml() {
    }

    /** The table, or the line saying there is nothing to count, without the line end after it (the tag's). */
    public static RawString html(ReportTable table) {
        if (table.isEmpty()) {
            return new RawString("<p class=\"empty\">Nothing to count for these filters.</p>");
        }
        Html html = new Html(256 + table.rows().size() * 64 * table.header().size());
        html.tag("<div class=\"table-scroll\">\n<table class=\"report-table\">\n  <caption>").text(table.caption())
                .tag("</caption>\n  <thead><tr>");
        for (String heading : table.header()) {
            html.tag("<th scope=\"col\">").text(heading).tag("</th>");
        }
        html.tag("</tr></thead>\n  <tbody>\n");
        for (ReportTable.Row row : table.rows()) {
            html.tag("    <tr>");
            boolean first = true;
            for (ReportTable.Cell cell : row.cells()) {
                html.tag(first ? "<th scope=\"row\">" : cell.number() ? "<td class=\"num\">" : "<td>");
                if (cell.linked()) {
                    html.tag("<a href=\"").text(cell.href()).tag("\">").text(cell.text()).tag("</a>");
                } else {
                    html.text(cell.text());
                }
                html.tag(first ? "</th>" : "</td>");
                first = false;
            }
            html.tag("</tr>\n");
        }
        return new RawString(html.tag("  </tbody>\n</table>\n</div>").toString());
    }
}
