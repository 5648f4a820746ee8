package app.rounddown.reports;

import app.rounddown.reports.Predictors.Comparison;
import app.rounddown.reports.Predictors.Hires;
import app.rounddown.reports.ReportTable.Cell;
import java.math.BigDecimal;
import java.util.List;

/**
 * The "what predicts a good hire" page: who is counted, and two comparisons (quota, then retention), each as a
 * chart of the stage results and a table of every score. The CSV holds both tables' rows in one file.
 */
public record PredictorsPage(ReportFrame frame, Hires hires, ReportTable counts, ReportTable quota, ReportTable retention,
                             BarChart quotaChart, BarChart retentionChart) {
    static final String TOO_FEW = "Too few hires to mean much";

    public static PredictorsPage of(ReportFrame frame, Predictors.Figures figures) {
        return new PredictorsPage(frame, figures.hires(), counts(frame, figures.hires()),
                table("Scores of hires who reached 100% of quota and of those who did not",
                        "Reached quota", "Did not reach quota", figures.quota()),
                table("Culture scores of hires still on the team after 12 months and of those who left",
                        "Stayed 12 months", "Left within 12 months", figures.retention()),
                chart("quota-chart", "Average rounded-down stage result by quota reached",
                        "Reached quota", "Did not reach quota", figures.quota(), false),
                chart("retention-chart", "Average rounded-down culture scores by retention at 12 months",
                        "Stayed 12 months", "Left within 12 months", figures.retention(), true));
    }

    /** The hires in each group, each count linking to the hires behind it. */
    private static ReportTable counts(ReportFrame frame, Hires hires) {
        ReportTable table = ReportTable.of("Hires in each group", "Group", "Hires");
        count(table, frame, Predictors.Group.REACHED, "Reached 100% of quota", hires.reachedQuota());
        count(table, frame, Predictors.Group.MISSED, "Did not reach quota", hires.missedQuota());
        count(table, frame, Predictors.Group.UNKNOWN, "No quarter recorded after the ramp yet", hires.quotaUnknown());
        count(table, frame, Predictors.Group.STAYED, "Stayed 12 months", hires.stayed());
        count(table, frame, Predictors.Group.LEFT, "Left within 12 months", hires.left());
        count(table, frame, Predictors.Group.RECENT, "Started less than 12 months ago", hires.tooRecent());
        return table;
    }

    private static void count(ReportTable table, ReportFrame frame, Predictors.Group group, String label, long hires) {
        table.add(Cell.text(label), Cell.number(hires, hires == 0 ? null : Predictors.href(frame, group)));
    }

    private static ReportTable table(String caption, String good, String other, List<Comparison> rows) {
        ReportTable table = ReportTable.of(caption, "Score", good + ": hires", good + ": average",
                other + ": hires", other + ": average", "Difference", "Note");
        rows.forEach(r -> table.add(Cell.text(r.label()), Cell.number(r.goodHires()), Cell.number(r.goodAverage()),
                Cell.number(r.otherHires()), Cell.number(r.otherAverage()), Cell.number(difference(r)),
                Cell.text(r.tooFew() ? TOO_FEW : "")));
        return table;
    }

    private static BigDecimal difference(Comparison r) {
        return r.goodAverage() == null || r.otherAverage() == null ? null : r.goodAverage().subtract(r.otherAverage());
    }

    /** The stage results only (the tables have every criterion); for retention, the culture criteria too. */
    private static BarChart chart(String id, String title, String good, String other, List<Comparison> rows,
                                  boolean criteria) {
        BarChart chart = BarChart.of(id, title, "For each score, the average of the hires' rounded-down results (1 to 4): "
                + good.toLowerCase() + " against " + other.toLowerCase() + ". The table below has the same numbers.", good, other);
        rows.stream().filter(r -> criteria || r.criterion() == null).forEach(r -> chart.add(r.shortLabel(),
                new double[] {amount(r.goodAverage()), amount(r.otherAverage())},
                new String[] {text(r.goodAverage(), r.goodHires()), text(r.otherAverage(), r.otherHires())}));
        return chart;
    }

    private static double amount(BigDecimal average) {
        return average == null ? 0 : average.doubleValue();
    }

    private static String text(BigDecimal average, long hires) {
        return average == null ? "no hires" : average.toPlainString() + " (" + hires + (hires == 1 ? " hire)" : " hires)");
    }

    /** Each group needs at least this many hires before a difference says anything. */
    public int enough() {
        return Predictors.ENOUGH_HIRES;
    }

    /** Both tables in one file, each row saying which comparison it belongs to. */
    public ReportTable csv() {
        ReportTable both = ReportTable.of("What predicts a good hire", "Compared by", "Score", "Good outcome: hires",
                "Good outcome: average", "Other: hires", "Other: average", "Difference", "Note");
        copy(quota, "Quota reached (100% or more)", both);
        copy(retention, "Still on the team after 12 months", both);
        return both;
    }

    private static void copy(ReportTable from, String comparison, ReportTable to) {
        from.rows().forEach(row -> {
            Cell[] cells = new Cell[row.cells().size() + 1];
            cells[0] = Cell.text(comparison);
            for (int i = 0; i < row.cells().size(); i++) {
                cells[i + 1] = row.cells().get(i);
            }
            to.add(cells);
        });
    }
}
