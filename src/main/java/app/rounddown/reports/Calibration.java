package app.rounddown.reports;

import app.rounddown.pipeline.Stage;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

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

    /** The cards that count (newest submitted revision), with when the first revision went in and the interview's end. */
    private static String cards(ReportWhere where, boolean candidate) {
        return "with mine as (select s.application_id, s.stage, s.interviewer_id, s.overall, s.saw_others, s.submitted_at,"
                + " report_soft_three(s.overall, s.ratings, s.mild_concerns) as soft,"
                + " case when s.revision = 1 then s.submitted_at else (select min(f.submitted_at) from scorecard f"
                + "   where f.application_id = s.application_id and f.stage = s.stage and f.interviewer_id = s.interviewer_id"
                + "   and f.submitted_at is not null) end as first_submitted_at,"
                + " a.candidate_id, o.title as opening"
                + " from scorecard s join application a on a.id = s.application_id join opening o on o.id = a.opening_id"
                + (candidate ? " join candidate c on c.id = a.candidate_id" : "")
                + " where s.submitted_at is not null and " + newest("s") + " and " + where.sql() + "),"
                + " panel as (select p.application_id, p.stage, sum(p.overall) as total, count(*) as n,"
                + " count(*) filter (where p.overall >= 3) as yes from scorecard p"
                + " where p.submitted_at is not null and " + newest("p")
                + " and (p.application_id, p.stage) in (select application_id, stage from mine) group by 1, 2),"
                + " cards as (select m.*, p.total, p.n, p.yes, (m.overall >= 3)::int as own_yes,"
                + " i.starts_at + i.duration_minutes * interval '1 minute' as ended_at, i.id as interview_id"
                + " from mine m join panel p on p.application_id = m.application_id and p.stage = m.stage"
                + " left join interview_assignment i on i.application_id = m.application_id and i.stage = m.stage"
                + " and i.interviewer_id = m.interviewer_id) ";
    }

    private static String newest(String alias) {
        return "not exists (select 1 from scorecard n where n.application_id = " + alias + ".application_id and n.stage = "
                + alias + ".stage and n.interviewer_id = " + alias + ".interviewer_id and n.revision > " + alias
                + ".revision and n.submitted_at is not null)";
    }

    private static final String FIGURES = "select k.interviewer_id, u.name, k.stage, count(*),"
            + " count(*) filter (where k.overall = 1), count(*) filter (where k.overall = 2),"
            + " count(*) filter (where k.overall = 3), count(*) filter (where k.overall = 4),"
            + " count(*) filter (where k.n > 1), sum(k.overall) filter (where k.n > 1),"
            + " sum(k.own_yes) filter (where k.n > 1),"
            + " sum(k.n - 1), sum(k.total - k.overall), sum(k.yes - k.own_yes),"
            + " count(*) filter (where k.n > 1 and k.overall = floor(k.total::numeric / k.n)),"
            + " count(*) filter (where k.soft), count(*) filter (where k.saw_others = false),"
            + " count(k.interview_id), count(*) filter (where k.first_submitted_at <= k.ended_at + interval '24 hours')"
            + " from cards k join app_user u on u.id = k.interviewer_id";

    /** Every interviewer's rows for the report's filters and the asker's scope (date range on the card's submission). */
    @SuppressWarnings("unchecked")
    public List<CalibrationRow> rows(ReportFrame frame) {
        ReportWhere where = ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during("s.submitted_at");
        String sql = cards(where, where.needsCandidate()) + FIGURES
                + " group by k.interviewer_id, u.name, k.stage order by u.name, k.interviewer_id, report_stage_order(k.stage)";
        List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
        return rows.stream().map(CalibrationRow::of).toList();
    }

    /**
     * One interviewer's own rows over every opening and all time, against the panels of their candidates. The
     * query names nobody else: only the asker's cards are grouped, the others are summed into their panels.
     */
    @SuppressWarnings("unchecked")
    public List<CalibrationRow> mine(long userId, ReportFilter everything) {
        ReportWhere where = ReportWhere.of(everything, new ReportScope(userId, true))
                .and("s.interviewer_id = :interviewer", "interviewer", userId);
        String sql = cards(where, false) + FIGURES
                + " group by k.interviewer_id, u.name, k.stage order by report_stage_order(k.stage)";
        List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
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
        String rows = cards(where, true) + "select c.id, c.name, k.opening, k.overall, k.total, k.n, k.soft, k.saw_others,"
                + " k.first_submitted_at, k.ended_at, k.submitted_at, k.application_id"
                + " from cards k join candidate c on c.id = k.candidate_id";
        return Drill.page(em, rows, "b.submitted_at desc, b.application_id desc", where, Map.of(), request,
                Calibration::detail);
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant ? instant
                : value instanceof OffsetDateTime time ? time.toInstant() : ((Timestamp) value).toInstant();
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
            long minutes = Duration.between(instant(r[9]), instant(r[8])).toMinutes();
            detail.append(minutes < 0 ? " · submitted before the interview ended"
                    : " · submitted " + minutes / 60 + (minutes / 60 == 1 ? " hour" : " hours") + " after the interview");
        }
        return detail.toString();
    }
}
