package app.rounddown.reports;

import static app.rounddown.reports.Figures.count;
import static app.rounddown.reports.FigureRows.linked;
import static app.rounddown.reports.FigureRows.oneDecimal;
import static app.rounddown.reports.FigureRows.percent;

import app.rounddown.decision.DecisionClock;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Report 4, the decision clock: of the SuperDays that ended in the range, how many were decided within the 48 hours
 * {@link DecisionClock} allows (counted from the end of the day, as the queues count them), decided late, overdue
 * (undecided past 48 hours), still inside their 48 hours, or closed without a decision; how long deciding takes; and
 * how panels whose cards were two or more points apart were resolved. Two statements, whatever the data.
 */
@RequestScoped
public class DecisionClockReport {
    /** At most this many openings get a row of their own (the busiest first); the first row counts them all. */
    static final int OPENING_ROWS = 100;
    static final String HOURS = DecisionClock.ALLOWED.toHours() + " hours";
    /** The live (not cancelled) SuperDays that ended in the range and by now, with their decision if any. */
    private static final String DAYS = "select s.id, s.application_id, a.candidate_id, o.id as opening_id, o.title, s.ends_at, "
            + "dn.outcome, dn.decided_at, dn.discussion_note is not null as noted, "
            + "(a.status = 'ACTIVE' and a.stage = 'SUPERDAY') as waiting "
            + "from superday s join application a on a.id = s.application_id join opening o on o.id = a.opening_id %s"
            + "left join decision dn on dn.application_id = s.application_id "
            + "where s.status <> 'CANCELLED' and %s";
    /**
     * The latest submitted SuperDay card of each reviewer, per day: RoundDown.divergent and RoundDown.of, kept per
     * application in report_superday_panel (V33) by triggers on scorecard.
     */
    private static final String PANEL = "(select application_id, highest - lowest >= 2 as divergent, result "
            + "from report_superday_panel)";
    private static final String PANELS = "select d.id, p.divergent, p.result from days d join " + PANEL
            + " p on p.application_id = d.application_id";
    /** A decision followed the panel when a yes (3 or more, rounded down) became an offer and a no a rejection. */
    private static final String FOLLOWED = "(p.result >= 3 and d.outcome = 'OFFER' or p.result <= 2 and d.outcome = 'REJECT')";

    /** Each figure's SuperDays, as a condition on {@code days d} (and {@code panels p} for the panel figures). */
    enum Figure {
        WITHIN("Decided within 48 hours of the SuperDay's end", "d.decided_at <= d.ends_at + interval '" + HOURS + "'"),
        LATE("Decided more than 48 hours after the SuperDay's end", "d.decided_at > d.ends_at + interval '" + HOURS + "'"),
        OVERDUE("Overdue: still undecided more than 48 hours after the SuperDay's end",
                "d.decided_at is null and d.waiting and d.ends_at + interval '" + HOURS + "' < :now"),
        WAITING("Undecided, still within 48 hours of the SuperDay's end",
                "d.decided_at is null and d.waiting and d.ends_at + interval '" + HOURS + "' >= :now"),
        CLOSED("Closed without a decision (withdrew or rejected another way)", "d.decided_at is null and not d.waiting"),
        ALL("Every SuperDay that ended in the range", "true"),
        DIVERGENT("Divergent panels (cards two or more points apart)", "p.divergent"),
        DIVERGENT_OFFER("Divergent panels resolved with an offer", "p.divergent and d.outcome = 'OFFER'"),
        DIVERGENT_REJECT("Divergent panels resolved with a rejection", "p.divergent and d.outcome = 'REJECT'"),
        DIVERGENT_OPEN("Divergent panels still undecided", "p.divergent and d.outcome is null"),
        DIVERGENT_AGAINST("Divergent panels decided against the rounded-down result", "p.divergent and not " + FOLLOWED),
        AGREED("Panels within a point of each other", "not p.divergent"),
        AGREED_OFFER("Panels within a point resolved with an offer", "not p.divergent and d.outcome = 'OFFER'"),
        AGREED_REJECT("Panels within a point resolved with a rejection", "not p.divergent and d.outcome = 'REJECT'"),
        AGREED_OPEN("Panels within a point still undecided", "not p.divergent and d.outcome is null"),
        AGREED_AGAINST("Panels within a point decided against the rounded-down result", "not p.divergent and not " + FOLLOWED);

        final String title;
        final String condition;

        Figure(String title, String condition) {
            this.title = title;
            this.condition = condition;
        }

        boolean onPanels() {
            return condition.contains("p.");
        }
    }

    /** The clock's figures for one opening, or for all of them ({@code openingId} null). */
    public record Clock(Long openingId, String opening, long ended, long within, long late, long overdue, long waiting,
                        long closed, Double medianHours, Double p90Hours) {
        /** The SuperDays whose clock has run out or that were decided: the base of the share decided in time. */
        public long due() {
            return within + late + overdue;
        }

        public String share() {
            return percent(within, due());
        }

        public String medianText() {
            return oneDecimal(medianHours);
        }

        public String p90Text() {
            return oneDecimal(p90Hours);
        }
    }

    /** How the panels of one kind (divergent or not) were resolved. */
    public record Panels(boolean divergent, long panels, long offers, long rejections, long open, long followed,
                         long against, long noted) {
    }

    public record DecisionClockPage(ReportFrame frame, Clock total, BarChart chart, ReportTable clocks,
                                    ReportTable panels, boolean cut) {
    }

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    public DecisionClockPage of(ReportFrame frame) {
        List<Clock> clocks = clocks(frame);
        Clock total = clocks.isEmpty() || clocks.get(0).openingId() != null
                ? new Clock(null, "All openings", 0, 0, 0, 0, 0, 0, null, null) : clocks.get(0);
        List<Clock> perOpening = clocks.stream().filter(c -> c.openingId() != null).toList();
        BarChart chart = BarChart.of("decision-clock-chart", "SuperDays by where their decision stands",
                "How many of the " + total.ended() + " SuperDays that ended from " + frame.filter().from() + " to "
                        + frame.filter().to() + " were decided within 48 hours, late, are overdue, still waiting, or closed "
                        + "without a decision.", "SuperDays");
        if (total.ended() > 0) {
            chart.add("Decided within 48 hours", total.within(), total.within() + " (" + total.share() + ")")
                    .add("Decided late", total.late(), String.valueOf(total.late()))
                    .add("Overdue", total.overdue(), String.valueOf(total.overdue()))
                    .add("Within 48 hours, undecided", total.waiting(), String.valueOf(total.waiting()))
                    .add("Closed without a decision", total.closed(), String.valueOf(total.closed()));
        }
        return new DecisionClockPage(frame, total, chart, clockTable(frame, total, perOpening),
                panelTable(frame, panels(frame)), perOpening.size() > OPENING_ROWS);
    }

    /** The table for the page and for the CSV: every opening's clock, the first row for all of them. */
    ReportTable clockTable(ReportFrame frame, Clock total, List<Clock> perOpening) {
        ReportTable table = ReportTable.of("The decision clock per opening (SuperDays by the day they ended)", "Opening",
                "SuperDays ended", "Decided within 48 h", "Decided late", "Overdue", "Undecided, within 48 h",
                "Closed without a decision", "Share decided within 48 h", "Median hours to decide",
                "90th percentile hours to decide");
        if (total.ended() == 0) {
            return table;
        }
        for (Clock clock : concat(total, perOpening.stream().limit(OPENING_ROWS).toList())) {
            table.add(Cell.text(clock.opening()), linked(clock.ended(), link(frame, Figure.ALL, clock.openingId())),
                    linked(clock.within(), link(frame, Figure.WITHIN, clock.openingId())),
                    linked(clock.late(), link(frame, Figure.LATE, clock.openingId())),
                    linked(clock.overdue(), link(frame, Figure.OVERDUE, clock.openingId())),
                    linked(clock.waiting(), link(frame, Figure.WAITING, clock.openingId())),
                    linked(clock.closed(), link(frame, Figure.CLOSED, clock.openingId())),
                    Cell.number(clock.share()), Cell.number(oneDecimal(clock.medianHours())),
                    Cell.number(oneDecimal(clock.p90Hours())));
        }
        return table;
    }

    ReportTable panelTable(ReportFrame frame, List<Panels> panels) {
        ReportTable table = ReportTable.of("How SuperDay panels were resolved (SuperDays by the day they ended)", "Panel",
                "Panels", "Offer", "Reject", "Still undecided", "Followed the rounded-down result",
                "Went against it", "With a discussion note");
        for (Panels kind : panels) {
            boolean d = kind.divergent();
            table.add(Cell.text(d ? "Divergent: cards two or more points apart" : "Cards within a point of each other"),
                    linked(kind.panels(), link(frame, d ? Figure.DIVERGENT : Figure.AGREED, null)),
                    linked(kind.offers(), link(frame, d ? Figure.DIVERGENT_OFFER : Figure.AGREED_OFFER, null)),
                    linked(kind.rejections(), link(frame, d ? Figure.DIVERGENT_REJECT : Figure.AGREED_REJECT, null)),
                    linked(kind.open(), link(frame, d ? Figure.DIVERGENT_OPEN : Figure.AGREED_OPEN, null)),
                    Cell.number(kind.followed()),
                    linked(kind.against(), link(frame, d ? Figure.DIVERGENT_AGAINST : Figure.AGREED_AGAINST, null)),
                    Cell.number(kind.noted()));
        }
        return table;
    }

    private static List<Clock> concat(Clock first, List<Clock> rest) {
        List<Clock> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** The drill-down behind a figure, with the report's filters (narrowed to the row's opening). */
    static String link(ReportFrame frame, Figure figure, Long openingId) {
        ReportFilter filter = frame.filter();
        if (openingId != null && filter.openingId() == null) {
            filter = new ReportFilter(filter.from(), filter.to(), openingId, filter.roleType(), filter.source(),
                    filter.zone(), filter.form(), filter.errors());
        }
        return frame.path() + "/candidates?" + filter.query() + "&figure=" + FigureRows.key(figure);
    }

    private ReportWhere where(ReportFrame frame) {
        return where(frame, "s");
    }

    /** The filters and scope, with the range on the end of the SuperDay aliased {@code superday}. */
    private static ReportWhere where(ReportFrame frame, String superday) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during(superday + ".ends_at")
                .and(superday + ".ends_at <= :now", "now", Timestamp.from(frame.asOf()));
    }

    private static String days(ReportWhere where) {
        return "with days as (" + DAYS.formatted(where.needsCandidate() ? "join candidate c on c.id = a.candidate_id " : "",
                where.sql()) + ") ";
    }

    /** The candidate, for the source filter, from a {@code report_superday r} row. */
    private static String candidate(ReportWhere where) {
        return where.needsCandidate() ? "join application a on a.id = r.application_id join candidate c on c.id = a.candidate_id " : "";
    }

    /**
     * The days as the clock counts them, from report_superday (V33: each live SuperDay's opening and end, in one
     * narrow index) instead of every SuperDay joined to its application; waiting is the application still active at
     * the SuperDay stage, read from a partial index of those applications.
     */
    private static String clockDays(ReportWhere where) {
        return "with days as (select r.opening_id, o.title, r.ends_at, dn.decided_at, w.id is not null as waiting "
                + "from report_superday r join opening o on o.id = r.opening_id " + candidate(where)
                + "left join decision dn on dn.application_id = r.application_id "
                + "left join application w on w.id = r.application_id and w.status = 'ACTIVE' and w.stage = 'SUPERDAY' "
                + "where r.live and " + where.sql() + ") ";
    }

    /** The days as the panels' table needs them: the decision and its note, from report_superday too. */
    private static String decidedDays(ReportWhere where) {
        return "with days as (select r.superday_id as id, r.application_id, dn.outcome, "
                + "dn.discussion_note is not null as noted from report_superday r join opening o on o.id = r.opening_id "
                + candidate(where) + "left join decision dn on dn.application_id = r.application_id "
                + "where r.live and " + where.sql() + ") ";
    }

    /**
     * When the figures next change with no write, as time passes: the next live SuperDay ends (it joins the counts)
     * or the next undecided one's 48 hours run out (it turns overdue).
     */
    static final KeptFigures.Moment NEXT_CHANGE = new KeptFigures.Moment("now", "select least("
            + "(select min(r.ends_at) from report_superday r where r.live and r.ends_at > :now), "
            + "(select min(r.ends_at) from report_superday r where r.live and r.ends_at >= cast(:now as timestamptz) - interval '" + HOURS
            + "') + interval '" + HOURS + "')");

    List<Clock> clocks(ReportFrame frame) {
        ReportWhere where = where(frame, "r");
        String due = "d.ends_at + interval '" + HOURS + "'";
        String hours = "extract(epoch from d.decided_at - d.ends_at) / 3600.0";
        List<Object[]> rows = kept.rows(clockDays(where) + "select d.opening_id, min(d.title), count(*), "
                + "count(*) filter (where d.decided_at <= " + due + "), count(*) filter (where d.decided_at > " + due + "), "
                + "count(*) filter (where d.decided_at is null and d.waiting and " + due + " < :now), "
                + "count(*) filter (where d.decided_at is null and d.waiting and " + due + " >= :now), "
                + "count(*) filter (where d.decided_at is null and not d.waiting), "
                + "percentile_cont(0.5) within group (order by " + hours + "), "
                + "percentile_cont(0.9) within group (order by " + hours + ") "
                + "from days d group by grouping sets ((), (d.opening_id)) "
                + "order by grouping(d.opening_id) desc, count(*) desc, min(d.title) limit " + (OPENING_ROWS + 2),
                where.values(), NEXT_CHANGE);
        return rows.stream().map(r -> new Clock(r[0] == null ? null : ((Number) r[0]).longValue(),
                r[0] == null ? "All openings" : (String) r[1], count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                count(r[6]), count(r[7]), (Double) r[8], (Double) r[9])).toList();
    }

    List<Panels> panels(ReportFrame frame) {
        ReportWhere where = where(frame, "r");
        List<Object[]> rows = kept.rows(decidedDays(where)
                + "select p.divergent, count(*), count(*) filter (where d.outcome = 'OFFER'), "
                + "count(*) filter (where d.outcome = 'REJECT'), count(*) filter (where d.outcome is null), "
                + "count(*) filter (where d.outcome is not null and " + FOLLOWED + "), "
                + "count(*) filter (where d.outcome is not null and not " + FOLLOWED + "), "
                + "count(*) filter (where d.noted) from days d join " + PANEL + " p on p.application_id = d.application_id "
                + "group by p.divergent order by p.divergent desc", where.values(), NEXT_CHANGE);
        return rows.stream().map(r -> new Panels((Boolean) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]),
                count(r[5]), count(r[6]), count(r[7]))).toList();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** The SuperDays behind one figure, the oldest first, with when the day ended and how the decision went. */
    public Page<BehindFigure.Candidate> behind(ReportFrame frame, Figure figure, PageRequest page) {
        ReportWhere where = where(frame);
        String select = days(where) + (figure.onPanels() ? ", panels as (" + PANELS + ") " : "")
                + "select d.candidate_id, c.name, d.title, d.ends_at, d.outcome, d.decided_at"
                + (figure.onPanels() ? ", p.result" : ", null::int as result")
                + " from days d join candidate c on c.id = d.candidate_id"
                + (figure.onPanels() ? " join panels p on p.id = d.id" : "") + " where " + figure.condition;
        return Drill.page(em, select, "b.ends_at, b.candidate_id", where, Map.of(), page, v -> detail(frame, v));
    }

    private static String detail(ReportFrame frame, Object[] values) {
        Instant ended = SqlValues.instant(values[3]);
        Instant decided = SqlValues.instant(values[5]);
        StringBuilder text = new StringBuilder("SuperDay ended ").append(DAY.withZone(frame.filter().zone()).format(ended));
        if (decided != null) {
            double hours = Duration.between(ended, decided).toMinutes() / 60.0;
            text.append("; ").append("OFFER".equals(values[4]) ? "offer" : "rejection").append(" decided ")
                    .append(String.format(Locale.ENGLISH, "%.1f", hours)).append(" h later");
        } else {
            long hours = Duration.between(ended, frame.asOf()).toHours();
            text.append("; undecided after ").append(hours).append(" h");
        }
        if (values[6] != null) {
            text.append("; panel's rounded-down result ").append(values[6]);
        }
        return text.toString();
    }
}
