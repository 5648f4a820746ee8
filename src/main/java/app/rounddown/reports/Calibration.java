package app.rounddown.reports;

import app.rounddown.pipeline.Stage;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Interviewer calibration, counted in SQL: per interviewer and stage, their cards (the newest submitted revision of
 * each, submitted in the range, on openings in the asker's scope) against the panel of each card, meaning every
 * counting card on the same application and stage. One statement per figure set, whatever the data.
 */
@ApplicationScoped
public class Calibration {
    /** The chart shows the rows furthest from their panels, at most this many. */
    static final int CHART_ROWS = 20;

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    /**
     * The cards that count (newest submitted revision) with their panel, first submission and interview, as
     * report_calibration_card keeps them (V34), for the filters and scope given.
     */
    private static String cards(ReportWhere where, boolean candidate) {
        return "with cards as (select s.application_id, s.stage, s.interviewer_id, s.overall, s.saw_others, s.submitted_at,"
                + " s.soft, s.first_submitted_at, s.candidate_id, o.title as opening, s.panel_total as total,"
                + " s.panel_cards as n, s.panel_yes as yes, (s.overall >= 3)::int as own_yes, s.ended_at, s.interview_id"
                + " from report_calibration_card s join opening o on o.id = s.opening_id"
                + (candidate ? " join candidate c on c.id = s.candidate_id" : "")
                + " where " + where.sql() + ") ";
    }

    /** The sixteen counts CalibrationRow reads, named f1 to f16. */
    private static final String FIGURE_COLUMNS = IntStream.rangeClosed(1, 16)
            .mapToObj(i -> "f" + i).collect(Collectors.joining(", "));

    /** Each interviewer's figures per stage: summed per interviewer and stage first, then named. */
    private static final String FIGURES = ", figures (interviewer_id, stage, " + FIGURE_COLUMNS + ") as (select k.interviewer_id, k.stage, count(*),"
            + " count(*) filter (where k.overall = 1), count(*) filter (where k.overall = 2),"
            + " count(*) filter (where k.overall = 3), count(*) filter (where k.overall = 4),"
            + " count(*) filter (where k.n > 1), sum(k.overall) filter (where k.n > 1),"
            + " sum(k.own_yes) filter (where k.n > 1),"
            + " sum(k.n - 1), sum(k.total - k.overall), sum(k.yes - k.own_yes),"
            // The panel's rounded-down result: both are positive, so integer division is the floor (and far cheaper).
            + " count(*) filter (where k.n > 1 and k.overall = k.total / k.n),"
            + " count(*) filter (where k.soft), count(*) filter (where k.saw_others = false),"
            + " count(k.interview_id), count(*) filter (where k.first_submitted_at <= k.ended_at + interval '24 hours')"
            + " from cards k group by k.interviewer_id, k.stage)"
            + " select f.interviewer_id, u.name, f.stage, " + FIGURE_COLUMNS + " from figures f join app_user u on u.id = f.interviewer_id";

    /** Every interviewer's rows for the report's filters and the asker's scope (date range on the card's submission). */
    public List<CalibrationRow> rows(ReportFrame frame) {
        ReportWhere where = ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during("s.submitted_at");
        String sql = cards(where, where.needsCandidate()) + FIGURES
                + " order by u.name, f.interviewer_id, report_stage_order(f.stage)";
        List<Object[]> rows = kept.rows(sql, where.values());
        return rows.stream().map(CalibrationRow::of).toList();
    }

    /**
     * One interviewer's own rows over every opening and all time, against the panels of their candidates. The
     * query names nobody else: only the asker's cards are grouped, the others are summed into their panels.
     */
    public List<CalibrationRow> mine(long userId, ReportFilter everything) {
        ReportWhere where = ReportWhere.of(everything, new ReportScope(userId, true))
                .and("s.interviewer_id = :interviewer", "interviewer", userId);
        String sql = cards(where, false) + FIGURES
                + " order by report_stage_order(f.stage)";
        List<Object[]> rows = kept.rows(sql, where.values());
        return rows.stream().map(CalibrationRow::of).toList();
    }

    /** The chart's rows: those with shared cards, furthest from their panels first. */
    public static List<CalibrationRow> furthest(List<CalibrationRow> rows) {
        return rows.stream().filter(r -> r.shared() >= CalibrationRow.MIN_SHARED_CARDS)
                .sorted((a, b) -> b.offset().abs().compareTo(a.offset().abs())).limit(CHART_ROWS).toList();
    }

    /** The candidates behind one interviewer's cards of a stage, newest first, with their card against the panel. */
    public Page<BehindFigure.Candidate> behind(ReportFrame frame, long interviewerId, Stage stage, PageRequest request) {
        ReportWhere where = ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during("s.submitted_at")
                .and("s.interviewer_id = :interviewer", "interviewer", interviewerId)
                .and("s.stage = :stage", "stage", stage.name());
        String rows = cards(where, where.needsCandidate()) + "select c.id, c.name, k.opening, k.overall, k.total, k.n, k.soft, k.saw_others,"
                + " k.first_submitted_at, k.ended_at, k.submitted_at, k.application_id"
                + " from cards k join candidate c on c.id = k.candidate_id";
        return Drill.page(em, rows, "b.submitted_at desc, b.application_id desc", where, Map.of(), request,
                Calibration::detail);
    }

    private static String detail(Object[] r) {
        int overall = ((Number) r[3]).intValue();
        long total = ((Number) r[4]).longValue();
        long n = ((Number) r[5]).longValue();
        StringBuilder detail = new StringBuilder("Their card: ").append(overall);
        if (Boolean.TRUE.equals(r[6])) {
            detail.append(" (a soft 3)");
        }
        if (n > 1) {
            detail.append(" · the other ").append(n - 1).append(n == 2 ? " card: " : " cards: ")
                    .append(CalibrationRow.mean(total - overall, n - 1)).append(" · result ").append(Math.floorDiv(total, n));
        } else {
            detail.append(" · the only card");
        }
        detail.append(Boolean.TRUE.equals(r[7]) ? " · written after seeing others" : "");
        if (r[9] != null) {
            long minutes = Duration.between(SqlValues.instant(r[9]), SqlValues.instant(r[8])).toMinutes();
            detail.append(minutes < 0 ? " · submitted before the interview ended"
                    : " · submitted " + minutes / 60 + (minutes / 60 == 1 ? " hour" : " hours") + " after the interview");
        }
        return detail.toString();
    }
}
