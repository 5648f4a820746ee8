package app.rounddown.reports;

import app.rounddown.pipeline.RejectionReason;
import app.rounddown.pipeline.Stage;
import app.rounddown.pipeline.WithdrawalReason;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where candidates drop out: for each stage, the applications whose stay there began in the period (each counted once
 * per stage, by how its latest stay there ended), how many moved on, were rejected or withdrew (and why), and the days
 * they spent there. Stays still open count as "still there" and are left out of the days. One statement per page,
 * both periods at once.
 */
@RequestScoped
public class FunnelReport {
    /** The stages a candidate can leave; a hire stays in Hired, which only counts the hires. */
    static final List<Stage> LEAVABLE = List.of(Stage.APPLIED, Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM,
            Stage.SUPERDAY, Stage.OFFER);

    /** The drill-down's {@code reason} for rejections and withdrawals recorded without a category. */
    static final String NO_REASON = "NONE";

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    /** Which candidates of a stage a figure counts; the drill-down's {@code outcome}. */
    public enum Outcome {
        ENTERED("entered", "true"),
        MOVED_ON("moved on from", "outcome = 'MOVED_ON'"),
        MOVED_BACK("moved back from", "outcome = 'MOVED_BACK'"),
        REJECTED("were rejected at", "outcome = 'REJECTED'"),
        WITHDRAWN("withdrew at", "outcome = 'WITHDRAWN'"),
        DROPPED("were rejected or withdrew at", "outcome in ('REJECTED', 'WITHDRAWN')"),
        STILL_THERE("are still at", "outcome is null"),
        LEFT("left (the stays the days are counted from)", "outcome is not null");

        final String words;
        final String sql;

        Outcome(String words, String sql) {
            this.words = words;
            this.sql = sql;
        }
    }

    /** One stage in one period. */
    public record Figure(long entered, long movedOn, long movedBack, long rejected, long withdrawn, long stillThere,
                         Double medianDays, Double p90Days) {
        static final Figure NONE = new Figure(0, 0, 0, 0, 0, 0, null, null);

        long dropped() {
            return rejected + withdrawn;
        }
    }

    /** Those who were rejected or withdrew at a stage for one reason category. */
    public record Reason(Stage stage, Outcome outcome, String category, long[] applications) {
        String label() {
            if (category == null) {
                return "No reason given";
            }
            try {
                return outcome == Outcome.REJECTED ? RejectionReason.valueOf(category).label()
                        : WithdrawalReason.valueOf(category).label();
            } catch (IllegalArgumentException unknown) {
                return category;
            }
        }
    }

    public record FunnelPage(ReportFrame frame, ReportFilter compared, ReportTable table, ReportTable reasons,
                             BarChart chart, String biggestDrop, String biggestDropHref) {
        public String reasonsCsvHref() {
            return frame.csvHref() + comparedQuery() + "&part=reasons";
        }

        public String csvHref() {
            return frame.csvHref() + comparedQuery();
        }

        private String comparedQuery() {
            return compared == null ? "" : "&compareFrom=" + compared.from() + "&compareTo=" + compared.to();
        }
    }

    public FunnelPage page(ReportFrame frame) {
        ReportFilter compared = ComparedPeriod.of(frame.filter());
        List<Map<Stage, Figure>> figures = List.of(new EnumMap<>(Stage.class), new EnumMap<>(Stage.class));
        Map<String, Reason> reasons = new LinkedHashMap<>();
        for (Object[] row : rows(frame, compared)) {
            int period = ((Number) row[0]).intValue() - 1;
            Stage stage = Stage.valueOf((String) row[1]);
            if (((Number) row[4]).intValue() != 0) {
                figures.get(period).put(stage, new Figure(Figures.count(row[5]), Figures.count(row[6]),
                        Figures.count(row[7]), Figures.count(row[8]), Figures.count(row[9]), Figures.count(row[10]),
                        Figures.number(row[11]), Figures.number(row[12])));
            } else if ("REJECTED".equals(row[2]) || "WITHDRAWN".equals(row[2])) {
                String category = (String) row[3];
                reasons.computeIfAbsent(stage + "/" + row[2] + "/" + category, key -> new Reason(stage,
                        Outcome.valueOf((String) row[2]), category, new long[2]))
                        .applications()[period] = Figures.count(row[5]);
            }
        }
        List<ReportFilter> periods = compared == null ? List.of(frame.filter()) : List.of(frame.filter(), compared);
        ReportTable table = table(frame, periods, figures);
        Stage drop = biggestDrop(figures.get(0));
        String dropText = null;
        String dropHref = null;
        if (drop != null) {
            Figure f = figures.get(0).get(drop);
            dropText = "Biggest drop: " + drop.shortLabel() + ", " + Figures.percent(f.dropped(), f.entered())
                    + " did not move on (" + f.dropped() + " of the " + f.entered()
                    + " who entered were rejected or withdrew there).";
            dropHref = href(frame, frame.filter(), drop, Outcome.DROPPED, null);
        }
        return new FunnelPage(frame, compared, table, reasonsTable(frame, periods, reasons.values()),
                chart(periods, figures), dropText, dropHref);
    }

    /** The stage (before the hire) whose entrants most often were rejected or withdrew there; null when nobody did. */
    static Stage biggestDrop(Map<Stage, Figure> figures) {
        return LEAVABLE.stream().filter(s -> figures.containsKey(s) && figures.get(s).dropped() > 0)
                .max(Comparator.<Stage>comparingDouble(s -> (double) figures.get(s).dropped() / figures.get(s).entered())
                        .thenComparingLong(s -> figures.get(s).dropped()))
                .orElse(null);
    }

    private ReportTable table(ReportFrame frame, List<ReportFilter> periods, List<Map<Stage, Figure>> figures) {
        List<String> header = new ArrayList<>(List.of("Stage"));
        for (String column : List.of("Entered", "Moved on", "Pass-through", "Rejected", "Withdrew", "Moved back",
                "Still there", "Median days there", "90th percentile days")) {
            header.add(column);
            if (periods.size() > 1) {
                header.add(column + ", compared period");
            }
        }
        ReportTable table = ReportTable.of(caption(periods), header.toArray(String[]::new));
        for (Stage stage : Stage.values()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(stage.shortLabel())));
            List<List<Cell>> byColumn = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                byColumn.add(cells(frame, periods.get(p), stage, figures.get(p).getOrDefault(stage, Figure.NONE)));
            }
            for (int column = 0; column < byColumn.get(0).size(); column++) {
                for (List<Cell> period : byColumn) {
                    cells.add(period.get(column));
                }
            }
            table.add(cells.toArray(Cell[]::new));
        }
        return table;
    }

    private static String caption(List<ReportFilter> periods) {
        String caption = "Applications per stage, from " + periods.get(0).from() + " to " + periods.get(0).to();
        if (periods.size() > 1) {
            caption += ", compared with " + periods.get(1).from() + " to " + periods.get(1).to();
        }
        return caption;
    }

    private static List<Cell> cells(ReportFrame frame, ReportFilter period, Stage stage, Figure f) {
        if (stage == Stage.HIRED) {
            Cell none = Cell.number(Figures.NONE);
            return List.of(count(frame, period, stage, Outcome.ENTERED, f.entered()), none, none, none, none, none, none,
                    none, none);
        }
        return List.of(count(frame, period, stage, Outcome.ENTERED, f.entered()),
                count(frame, period, stage, Outcome.MOVED_ON, f.movedOn()),
                Cell.number(Figures.percent(f.movedOn(), f.entered()),
                        f.movedOn() == 0 ? null : href(frame, period, stage, Outcome.MOVED_ON, null)),
                count(frame, period, stage, Outcome.REJECTED, f.rejected()),
                count(frame, period, stage, Outcome.WITHDRAWN, f.withdrawn()),
                count(frame, period, stage, Outcome.MOVED_BACK, f.movedBack()),
                count(frame, period, stage, Outcome.STILL_THERE, f.stillThere()),
                days(frame, period, stage, f.medianDays()), days(frame, period, stage, f.p90Days()));
    }

    private static Cell count(ReportFrame frame, ReportFilter period, Stage stage, Outcome outcome, long count) {
        return Cell.number(count, count == 0 ? null : href(frame, period, stage, outcome, null));
    }

    private static Cell days(ReportFrame frame, ReportFilter period, Stage stage, Double days) {
        return Cell.number(Figures.days(days), days == null ? null : href(frame, period, stage, Outcome.LEFT, null));
    }

    static String href(ReportFrame frame, ReportFilter period, Stage stage, Outcome outcome, String reason) {
        return frame.path() + "/candidates?" + period.query() + "&stage=" + stage.name() + "&outcome=" + outcome.name()
                + (reason == null ? "" : "&reason=" + reason);
    }

    private static ReportTable reasonsTable(ReportFrame frame, List<ReportFilter> periods, Iterable<Reason> reasons) {
        List<String> header = new ArrayList<>(List.of("Stage", "How they left", "Reason", "Applications"));
        if (periods.size() > 1) {
            header.add("Applications, compared period");
        }
        ReportTable table = ReportTable.of("Rejections and withdrawals by stage and reason", header.toArray(String[]::new));
        List<Reason> sorted = new ArrayList<>();
        reasons.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Reason::stage).thenComparing(Reason::outcome)
                .thenComparing(r -> -r.applications()[0]).thenComparing(Reason::label));
        for (Reason r : sorted) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.stage().shortLabel()),
                    Cell.text(r.outcome() == Outcome.REJECTED ? "Rejected" : "Withdrew"), Cell.text(r.label())));
            for (int p = 0; p < periods.size(); p++) {
                long count = r.applications()[p];
                cells.add(Cell.number(count, count == 0 ? null
                        : href(frame, periods.get(p), r.stage(), r.outcome(), Objects.requireNonNullElse(r.category(), NO_REASON))));
            }
            table.add(cells.toArray(Cell[]::new));
        }
        return table;
    }

    private static BarChart chart(List<ReportFilter> periods, List<Map<Stage, Figure>> figures) {
        String[] series = periods.stream().map(p -> p.from() + " to " + p.to()).toArray(String[]::new);
        BarChart chart = BarChart.of("funnel-chart", "Applications entering each stage (share that moved on)",
                "Applications entering each stage, with the share that moved on in brackets; the "
                        + "table below has every number.", series);
        for (Stage stage : Stage.values()) {
            double[] amounts = new double[periods.size()];
            String[] texts = new String[periods.size()];
            for (int p = 0; p < periods.size(); p++) {
                Figure f = figures.get(p).getOrDefault(stage, Figure.NONE);
                amounts[p] = f.entered();
                texts[p] = stage == Stage.HIRED ? f.entered() + " hired" : f.entered() == 0 ? "0"
                        : f.entered() + " (" + Figures.percent(f.movedOn(), f.entered()) + ")";
            }
            chart.add(stage.shortLabel(), amounts, texts);
        }
        return chart;
    }

    /** The CSV: the stage table, or with {@code part=reasons} the reasons table. */
    public ReportTable csv(ReportFrame frame, String part) {
        FunnelPage page = page(frame);
        return "reasons".equals(part) ? page.reasons() : page.table();
    }

    private List<Object[]> rows(ReportFrame frame, ReportFilter compared) {
        ReportWhere where = where(frame);
        String joins = (where.needsOpening() ? "join opening o on o.id = x.opening_id " : "")
                + (where.needsCandidate() ? "join application a on a.id = x.application_id "
                + "join candidate c on c.id = a.candidate_id " : "");
        periods(frame.filter(), compared).forEach(where::with);
        return kept.rows(FIGURES.formatted(joins, where.sql(), joins, where.sql()), where.values());
    }

    /** The candidates behind one figure: a stage, how they left it (and why), in the period of the filters. */
    public BehindFigure behind(ReportFrame frame, String stageName, String outcomeName, String reason, String page) {
        Stage stage = Drill.choice(Stage.class, stageName, "stage", "Choose a stage of the funnel.");
        Outcome outcome = outcomeName == null ? Outcome.ENTERED
                : Drill.choice(Outcome.class, outcomeName, "outcome", "Choose what happened at the stage.");
        ReportWhere where = where(frame);
        String rows = PER_APPLICATION.formatted(joins(where), where.sql())
                + "select c.id as candidate_id, c.name, o.title as opening, pa.entered_at, pa.outcome, pa.reason, "
                + "pa.next_stage, pa.days from per_application pa join application a on a.id = pa.application_id "
                + "join candidate c on c.id = a.candidate_id join opening o on o.id = pa.opening_id "
                + "where pa.period = 1 and pa.stage = :stage and " + outcome.sql.replace("outcome", "pa.outcome")
                + (reason == null ? "" : NO_REASON.equals(reason) ? " and pa.reason is null" : " and pa.reason = :reason");
        Map<String, Object> extra = periods(frame.filter(), null);
        extra.put("stage", stage.name());
        if (reason != null && !NO_REASON.equals(reason)) {
            extra.put("reason", reason);
        }
        String figure = "Candidates who " + outcome.words + " " + stage.shortLabel()
                + (reason == null ? "" : " (" + new Reason(stage, outcome, NO_REASON.equals(reason) ? null : reason, null).label() + ")");
        return new BehindFigure(frame, figure, Drill.page(em, rows, where, extra, page, r -> detail(frame, r)),
                href(frame, frame.filter(), stage, outcome, reason) + "&");
    }

    private static String detail(ReportFrame frame, Object[] r) {
        String entered = "Entered " + LocalDate.ofInstant(SqlValues.instant(r[3]), frame.filter().zone());
        if (r[4] == null) {
            return entered + "; still there";
        }
        String how = switch ((String) r[4]) {
            case "MOVED_ON" -> "moved on to " + Stage.valueOf((String) r[6]).shortLabel();
            case "MOVED_BACK" -> "moved back to " + Stage.valueOf((String) r[6]).shortLabel();
            case "REJECTED" -> "rejected";
            default -> "withdrew";
        };
        return entered + "; " + how + " after " + Figures.days(Figures.number(r[7])) + " days"
                + (r[5] == null ? "" : " (" + new Reason(null, "REJECTED".equals(r[4]) ? Outcome.REJECTED
                : Outcome.WITHDRAWN, (String) r[5], null).label() + ")");
    }

    private static ReportWhere where(ReportFrame frame) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c");
    }

    private static String joins(ReportWhere where) {
        return where.needsCandidate()
                ? "join application a on a.id = v.application_id join candidate c on c.id = a.candidate_id" : "";
    }

    /** The first period and the compared one (an empty range when there is none), as the query's parameters. */
    private static Map<String, Object> periods(ReportFilter first, ReportFilter compared) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rangeStart", Timestamp.from(first.start()));
        values.put("rangeEnd", Timestamp.from(first.end()));
        values.put("otherStart", Timestamp.from(compared == null ? first.start() : compared.start()));
        values.put("otherEnd", Timestamp.from(compared == null ? first.start() : compared.end()));
        return values;
    }

    /**
     * One row per application, stage and period: when it first entered the stage in the period, how its latest stay
     * there ended, and the days of its stays there when none is still open. %s: the joins the source filter needs,
     * then the filter and scope conditions.
     */
    static final String PER_APPLICATION = "with stay as (select p.period, v.application_id, v.opening_id, v.stage, "
            + "v.entered_at, v.left_at, v.outcome, v.next_stage, v.reason_category "
            + "from (values (1, cast(:rangeStart as timestamptz), cast(:rangeEnd as timestamptz)), "
            + "(2, cast(:otherStart as timestamptz), cast(:otherEnd as timestamptz))) p (period, starts, ends) "
            + "join report_stage_visit v on v.entered_at >= p.starts and v.entered_at < p.ends "
            + "join opening o on o.id = v.opening_id %s where %s), "
            + "per_application as (select period, application_id, min(opening_id) as opening_id, stage, "
            + "min(entered_at) as entered_at, "
            + "(array_agg(outcome order by entered_at desc, left_at desc nulls first))[1] as outcome, "
            + "(array_agg(next_stage order by entered_at desc, left_at desc nulls first))[1] as next_stage, "
            + "(array_agg(reason_category order by entered_at desc, left_at desc nulls first))[1] as reason, "
            + "case when bool_and(left_at is not null) "
            + "then cast(extract(epoch from sum(left_at - entered_at)) / 86400 as double precision) end as days "
            + "from stay group by period, application_id, stage) ";

    /** The periods of {@link #FIGURES}, as a table p (period, starts, ends). */
    static final String PERIODS = "with p (period, starts, ends) as (values "
            + "(1, cast(:rangeStart as timestamptz), cast(:rangeEnd as timestamptz)), "
            + "(2, cast(:otherStart as timestamptz), cast(:otherEnd as timestamptz))) ";

    /** The stays of an application in a stage (condition on v), unless it came back to the stage. */
    static final String ONCE = "not v.repeated";

    /** The latest of the stays grouped (by application), as {@link #PER_APPLICATION} picks it. */
    private static final String LATEST = " order by v.entered_at desc, v.left_at desc nulls first))[1]";

    /**
     * The page's figures, as {@link #PER_APPLICATION} counts them but without grouping every stay by application: an
     * application with one stay in a stage (nearly all) is that stay; only those that came back to a stage
     * (report_stage_visit.repeated) are grouped. First per period and stage (read from the stage's index range, so no sort
     * but the percentiles' own): the counts by outcome and the days; then per period, stage, outcome and reason the
     * rejections and withdrawals (from their own small index). Columns: period, stage, outcome, reason, 1 for a
     * stage's figures (0 for a reason), count, moved on, moved back, rejected, withdrew, still there, median and 90th
     * percentile days. %s: the joins the filters need (on x), the filter and scope conditions, twice.
     */
    static final String FIGURES = PERIODS
            + "select p.period, s.stage, cast(null as varchar), cast(null as varchar), 1, f.* from p "
            + "cross join unnest(array['" + String.join("', '", Arrays.stream(Stage.values())
                    .map(Stage::name).toList()) + "']) s (stage) "
            + "cross join lateral (select count(*), count(*) filter (where x.outcome = 'MOVED_ON'), "
            + "count(*) filter (where x.outcome = 'MOVED_BACK'), count(*) filter (where x.outcome = 'REJECTED'), "
            + "count(*) filter (where x.outcome = 'WITHDRAWN'), count(*) filter (where x.outcome is null), "
            + "percentile_cont(0.5) within group (order by x.days), percentile_cont(0.9) within group (order by x.days) "
            + "from (select v.application_id, v.opening_id, v.outcome, "
            + "cast(extract(epoch from v.left_at - v.entered_at) / 86400 as double precision) as days "
            + "from report_stage_visit v where v.stage = s.stage and v.entered_at >= p.starts and v.entered_at < p.ends "
            + "and " + ONCE + " "
            + "union all select v.application_id, min(v.opening_id), (array_agg(v.outcome" + LATEST + ", "
            + "case when bool_and(v.left_at is not null) "
            + "then cast(extract(epoch from sum(v.left_at - v.entered_at)) / 86400 as double precision) end "
            + "from report_stage_visit v where v.repeated and v.stage = s.stage and v.entered_at >= p.starts "
            + "and v.entered_at < p.ends "
            + "group by v.application_id) x %s where %s having count(*) > 0) f "
            + "union all select x.period, x.stage, x.outcome, x.reason, 0, count(*), 0, 0, 0, 0, 0, null, null "
            + "from (select p.period, v.application_id, v.opening_id, v.stage, v.outcome, v.reason_category as reason "
            + "from p join report_stage_visit v on v.entered_at >= p.starts and v.entered_at < p.ends "
            + "where v.outcome in ('REJECTED', 'WITHDRAWN') and " + ONCE + " "
            + "union all select * from (select p.period, v.application_id, min(v.opening_id) as opening_id, v.stage, "
            + "(array_agg(v.outcome" + LATEST + " as outcome, (array_agg(v.reason_category" + LATEST + " as reason "
            + "from p join report_stage_visit v on v.entered_at >= p.starts and v.entered_at < p.ends "
            + "where v.repeated group by p.period, v.application_id, v.stage) g where g.outcome in ('REJECTED', 'WITHDRAWN')) x "
            + "%s where %s group by x.period, x.stage, x.outcome, x.reason";
}
