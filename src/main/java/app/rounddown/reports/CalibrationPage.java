package app.rounddown.reports;

import app.rounddown.reports.ReportTable.Cell;
import java.util.List;

/** The calibration page: one row per interviewer and stage, the outliers in words, and the offsets as a chart. */
public record CalibrationPage(ReportFrame frame, List<CalibrationRow> rows) {

    public static CalibrationPage of(ReportFrame frame, List<CalibrationRow> rows) {
        return new CalibrationPage(frame, rows);
    }

    public List<CalibrationRow> outliers() {
        return rows.stream().filter(CalibrationRow::outlier).toList();
    }

    public int minSharedCards() {
        return CalibrationRow.MIN_SHARED_CARDS;
    }

    public String offsetRule() {
        return CalibrationRow.OFFSET.toPlainString();
    }

    public int yesGap() {
        return CalibrationRow.YES_GAP_POINTS;
    }

    public ReportTable table() {
        ReportTable table = ReportTable.of("Cards per interviewer and stage", "Interviewer", "Stage", "Cards",
                "Scores 1 / 2 / 3 / 4", "3 or more", "Cards with others", "Their mean there", "Others' mean there",
                "Offset", "Agrees with result", "Soft 3s (of their 3s)", "Written independently",
                "Within 24 h of interview", "Out of line");
        for (CalibrationRow row : rows) {
            table.add(Cell.text(row.name()), Cell.text(row.stage().label()), Cell.number(row.cards(), behind(row)),
                    Cell.number(row.distribution()), Cell.number(row.yesRate()), Cell.number(row.shared()),
                    Cell.number(row.mean()), Cell.number(row.othersMean()), Cell.number(row.offsetText()),
                    Cell.number(row.agreement()), Cell.number(row.softRate()), Cell.number(row.independentRate()),
                    Cell.number(row.promptRate()), Cell.text(row.note()));
        }
        return table;
    }

    private String behind(CalibrationRow row) {
        return frame.path() + "/candidates?" + frame.filter().query() + "&interviewer=" + row.interviewerId()
                + "&stage=" + row.stage().name();
    }

    public BarChart chart() {
        BarChart chart = BarChart.of("calibration-offsets", "How far each interviewer scores from their panels",
                "Offset of each interviewer's mean from the other cards on the same candidates, in points, for rows with at "
                        + "least " + CalibrationRow.MIN_SHARED_CARDS + " such cards, furthest first; a minus is harsher, "
                        + "a plus more lenient. The table below has every figure.", "Offset");
        for (CalibrationRow row : Calibration.furthest(rows)) {
            chart.add(row.name() + " · " + row.stage().shortLabel(), row.offset().abs().doubleValue(),
                    row.offsetText() + (row.offset().signum() < 0 ? " harsh" : row.offset().signum() > 0 ? " lenient" : ""));
        }
        return chart;
    }
}
