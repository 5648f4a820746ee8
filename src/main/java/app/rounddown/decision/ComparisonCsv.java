package app.rounddown.decision;

import app.rounddown.web.Spreadsheet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The comparison as a spreadsheet: a row per candidate, blind exactly when the page is. */
final class ComparisonCsv {
    private ComparisonCsv() {
    }

    static String of(Comparison comparison) {
        List<String> header = new ArrayList<>(List.of("candidate", "submitted_at", "late", "result"));
        comparison.criteria().forEach(c -> header.add(c.name()));
        header.addAll(List.of("soft_threes", "mild_concerns", "takeaways"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Comparison.Column column : comparison.columns()) {
                List<Object> row = new ArrayList<>();
                row.add(Spreadsheet.safe(column.label()));
                row.add(column.submission() == null ? "" : column.submission().submittedAt);
                row.add(column.submission() == null ? "" : column.submission().late ? "yes" : "no");
                boolean shown = !column.hidden();
                row.add(shown && column.result().isPresent() ? column.result().getAsInt() : "");
                comparison.criteria().forEach(c -> row.add(shown && column.criterion(c.key()).isPresent()
                        ? column.criterion(c.key()).getAsInt() : ""));
                row.add(shown ? column.review().softThrees() : "");
                row.add(Spreadsheet.safe(String.join(" | ", column.concerns())));
                row.add(Spreadsheet.safe(String.join(" | ", column.takeaways())));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
