package app.rounddown.reports;

import app.rounddown.web.Spreadsheet;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's numbers: shown as the table beside its chart and downloaded as CSV from the same object, so the page
 * and the file never disagree. A cell may link to the candidates behind it.
 */
public record ReportTable(String caption, List<String> header, List<Row> rows) {

    /** One cell: its text, whether it is a number (aligned right), and where its candidates are listed (or null). */
    public record Cell(String text, boolean number, String href) {
        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, false, null);
        }

        public static Cell number(Object value) {
            return new Cell(value == null ? "" : value.toString(), true, null);
        }

        public static Cell number(Object value, String href) {
            return new Cell(value == null ? "" : value.toString(), true, href);
        }

        public boolean linked() {
            return href != null && !text.isEmpty();
        }
    }

    public record Row(List<Cell> cells) {
        public static Row of(Cell... cells) {
            return new Row(Arrays.asList(cells));
        }
    }

    public static ReportTable of(String caption, String... header) {
        return new ReportTable(caption, List.of(header), new ArrayList<>());
    }

    public ReportTable add(Cell... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row of " + caption + " needs " + header.size() + " cells");
        }
        rows.add(Row.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as CSV text: the header, then one record per row; text that looks like a formula is defused. */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Row row : rows) {
                csv.printRecord(row.cells().stream().map(c -> c.number() ? c.text() : Spreadsheet.safe(c.text())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A CSV download of this table, named like "rounddown-funnel-2026-01-01-to-2026-11-30.csv". */
    public Response download(String report, ReportFilter filter) {
        String name = "rounddown-" + report + "-" + filter.from() + "-to-" + filter.to() + ".csv";
        return Response.ok(csv(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
