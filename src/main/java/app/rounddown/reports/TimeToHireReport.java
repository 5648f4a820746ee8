package app.rounddown.reports;

import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Stage;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How long from applying to each stage and to the hire: for every application that entered a stage in the period
 * (its first entry there), the days since it applied; median and 90th percentile over all openings, per role type and
 * per opening. One statement per page (grouping sets).
 */
@RequestScoped
public class TimeToHireReport {
    /** The stages a time is measured to; applying itself takes no time. */
    static final List<Stage> STAGES = List.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM, Stage.SUPERDAY,
            Stage.OFFER, Stage.HIRED);
    /**
     * At most this many openings get a row on the page (those most applications moved on in, in the period); the CSV
     * has every opening. A company with thousands of openings got a page of megabytes otherwise.
     */
    static final int OPENING_ROWS = 100;

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    /** The applications that reached a stage in the period, and the days they took from applying. */
    public record Time(long reached, Double medianDays, Double p90Days) {
        static final Time NONE = new Time(0, null, null);
    }

    /** One row of a table: all openings, a role type or an opening, with its times per stage. */
    public record Row(String name, RoleType roleType, Long openingId, Map<Stage, Time> times) {
        Time time(Stage stage) {
            return times.getOrDefault(stage, Time.NONE);
        }

        /** How many times applications reached a stage after applying, here: how much this row has to say. */
        long reached() {
            return times.values().stream().mapToLong(Time::reached).sum();
        }
    }

    /** {@code openingsCount}: how many openings have times in the period, of which {@code openings} shows at most 100. */
    public record TimeToHirePage(ReportFrame frame, ReportTable overall, ReportTable roleTypes, ReportTable openings,
                                 BarChart chart, int openingsCount) {
        public String csvHref(String part) {
            return frame.csvHref() + "&part=" + part;
        }

        public boolean openingsCut() {
            return openingsCount > openings.rows().size();
        }

        /** "2,000": how many openings have times, as the page writes a number. */
        public String openingsCountText() {
            return String.format(Locale.ROOT, "%,d", openingsCount);
        }
    }

    public TimeToHirePage page(ReportFrame frame) {
        return page(frame, OPENING_ROWS);
    }

    /** The page with at most {@code openingRows} openings in their table, alphabetically. */
    TimeToHirePage page(ReportFrame frame, int openingRows) {
        Row overall = new Row("All openings", null, null, new EnumMap<>(Stage.class));
        Map<RoleType, Row> roleTypes = new LinkedHashMap<>();
        Map<Long, Row> openings = new LinkedHashMap<>();
        for (Object[] r : rows(frame)) {
            Stage stage = Stage.valueOf((String) r[4]);
            Time time = new Time(Figures.count(r[5]), Figures.number(r[6]), Figures.number(r[7]));
            Row row = switch (((Number) r[0]).intValue()) {
                case 1 -> roleTypes.computeIfAbsent(RoleType.valueOf((String) r[3]),
                        type -> new Row(type.label(), type, null, new EnumMap<>(Stage.class)));
                case 2 -> openings.computeIfAbsent(((Number) r[1]).longValue(),
                        id -> new Row((String) r[2], null, id, new EnumMap<>(Stage.class)));
                default -> overall;
            };
            row.times().put(stage, time);
        }
        return new TimeToHirePage(frame, overallTable(frame, overall),
                table(frame, "Days from applying, per role type", "Role type", roleTypes.values()),
                table(frame, "Days from applying, per opening", "Opening", busiest(openings.values(), openingRows)),
                chart(overall), openings.size());
    }

    /** The {@code limit} openings' rows with the most stages reached, in the order given (alphabetical). */
    static List<Row> busiest(Collection<Row> rows, int limit) {
        if (rows.size() <= limit) {
            return List.copyOf(rows);
        }
        Set<Long> kept = rows.stream().sorted(Comparator.comparingLong(Row::reached).reversed())
                .limit(limit).map(Row::openingId).collect(Collectors.toSet());
        return rows.stream().filter(row -> kept.contains(row.openingId())).toList();
    }

    private static ReportTable overallTable(ReportFrame frame, Row overall) {
        ReportTable table = ReportTable.of("Days from applying to each stage, all openings in the filters", "Stage",
                "Reached", "Median days", "90th percentile days");
        for (Stage stage : STAGES) {
            Time t = overall.time(stage);
            String href = t.reached() == 0 ? null : href(frame, frame.filter(), stage);
            table.add(Cell.text(stage.shortLabel()), Cell.number(t.reached(), href),
                    Cell.number(Figures.days(t.medianDays()), href), Cell.number(Figures.days(t.p90Days()), href));
        }
        return table;
    }

    private static ReportTable table(ReportFrame frame, String caption, String first, Iterable<Row> rows) {
        List<String> header = new ArrayList<>(List.of(first, "Hires"));
        for (Stage stage : STAGES) {
            header.add(stage.shortLabel() + ": median");
            header.add(stage.shortLabel() + ": p90");
        }
        ReportTable table = ReportTable.of(caption, header.toArray(String[]::new));
        for (Row row : rows) {
            ReportFilter narrowed = Drill.narrowed(frame.filter(), row.openingId(), row.roleType(), null);
            long hires = row.time(Stage.HIRED).reached();
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.name()),
                    Cell.number(hires, hires == 0 ? null : href(frame, narrowed, Stage.HIRED))));
            for (Stage stage : STAGES) {
                Time t = row.time(stage);
                String href = t.reached() == 0 ? null : href(frame, narrowed, stage);
                cells.add(Cell.number(Figures.days(t.medianDays()), href));
                cells.add(Cell.number(Figures.days(t.p90Days()), href));
            }
            table.add(cells.toArray(Cell[]::new));
        }
        return table;
    }

    private static BarChart chart(Row overall) {
        BarChart chart = BarChart.of("time-to-hire-chart", "Days from applying to each stage",
                "For each stage, the median and the 90th percentile of the days from applying to reaching it; the table "
                        + "below has the same numbers.", "Median", "90th percentile");
        for (Stage stage : STAGES) {
            Time t = overall.time(stage);
            chart.add(stage.shortLabel(), new double[] {orZero(t.medianDays()), orZero(t.p90Days())},
                    new String[] {Figures.days(t.medianDays()) + " days", Figures.days(t.p90Days()) + " days"});
        }
        return chart;
    }

    private static double orZero(Double days) {
        return days == null ? 0 : days;
    }

    static String href(ReportFrame frame, ReportFilter filter, Stage stage) {
        return frame.path() + "/candidates?" + filter.query() + "&stage=" + stage.name();
    }

    /** The CSV: the per-opening table (every opening), or with {@code part} the overall or per-role-type one. */
    public ReportTable csv(ReportFrame frame, String part) {
        TimeToHirePage page = page(frame, Integer.MAX_VALUE);
        return switch (part == null ? "" : part) {
            case "overall" -> page.overall();
            case "roleTypes" -> page.roleTypes();
            default -> page.openings();
        };
    }

    static String fileName(String part) {
        return "overall".equals(part) || "roleTypes".equals(part) ? "time-to-hire-" + part : "time-to-hire";
    }

    private List<Object[]> rows(ReportFrame frame) {
        ReportWhere where = ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c");
        String joins = where.needsCandidate()
                ? "join application ca on ca.id = x.application_id join candidate c on c.id = ca.candidate_id" : "";
        where.with("rangeStart", Timestamp.from(frame.filter().start()))
                .with("rangeEnd", Timestamp.from(frame.filter().end()));
        return kept.rows(TIMES.formatted(joins, where.sql()), where.values());
    }

    /** The candidates behind a time: those who reached the stage in the period, with the days they took. */
    public BehindFigure behind(ReportFrame frame, String stageName, String page) {
        Stage stage = Drill.choice(Stage.class, stageName, "stage", "Choose a stage after applying.");
        ReportWhere where = where(frame);
        String rows = REACHED.formatted(joins(where), where.sql())
                + "select c.id as candidate_id, c.name, r.title as opening, r.applied_at, r.reached_at, r.days "
                + "from reached r join application a on a.id = r.application_id join candidate c on c.id = a.candidate_id "
                + "where r.stage = :stage";
        return new BehindFigure(frame, "Candidates who reached " + stage.shortLabel(),
                Drill.page(em, rows, where, Map.of("stage", stage.name()), page, r -> "Applied "
                        + day(frame, r[3]) + "; reached " + stage.shortLabel() + " " + day(frame, r[4]) + ", after "
                        + Figures.days(Figures.number(r[5])) + " days"),
                href(frame, frame.filter(), stage) + "&");
    }

    private static LocalDate day(ReportFrame frame, Object timestamp) {
        return LocalDate.ofInstant(SqlValues.instant(timestamp), frame.filter().zone());
    }

    private static ReportWhere where(ReportFrame frame) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during("v.entered_at");
    }

    private static String joins(ReportWhere where) {
        return where.needsCandidate()
                ? "join application ca on ca.id = v.application_id join candidate c on c.id = ca.candidate_id" : "";
    }

    /**
     * One row per application and stage reached in the period (after applying): when it applied, when it first
     * entered the stage in the period, and the days between. %s: the joins the source filter needs, then the
     * filter and scope conditions.
     */
    static final String REACHED = "with reached as (select v.application_id, v.opening_id, o.title, o.role_type, "
            + "v.stage, min(v.applied_at) as applied_at, min(v.entered_at) as reached_at, "
            + "cast(extract(epoch from min(v.entered_at) - min(v.applied_at)) / 86400 as double precision) as days "
            + "from report_stage_visit v join opening o on o.id = v.opening_id %s "
            + "where v.stage <> 'APPLIED' and %s "
            + "group by v.application_id, v.opening_id, o.title, o.role_type, v.stage) ";

    /**
     * The page's times, as {@link #REACHED} takes them but without grouping every stay by application: one stage at a
     * time from its index range, an application with one stay there (nearly all) as that stay, and only those that
     * came back to the stage (report_stage_visit.repeated) grouped. Columns: grouping (3 all openings, 1 a role type, 2 an
     * opening), opening id, title, role type, stage, reached, median and 90th percentile days. %s: the joins the
     * source filter needs (on x), then the filter and scope conditions.
     */
    static final String TIMES = "select f.g, f.opening_id, t.title, f.role_type, s.stage, f.n, f.median, f.p90 "
            + "from unnest(array['" + String.join("', '", STAGES.stream().map(Stage::name).toList()) + "']) s (stage) "
            + "cross join lateral (select grouping(o.role_type, x.opening_id) as g, x.opening_id, o.role_type, "
            + "count(*) as n, percentile_cont(0.5) within group (order by x.days) as median, "
            + "percentile_cont(0.9) within group (order by x.days) as p90 "
            + "from (select v.application_id, v.opening_id, "
            + "cast(extract(epoch from v.entered_at - v.applied_at) / 86400 as double precision) as days "
            + "from report_stage_visit v where v.stage = s.stage and v.entered_at >= :rangeStart "
            + "and v.entered_at < :rangeEnd and " + FunnelReport.ONCE + " "
            + "union all select v.application_id, min(v.opening_id), "
            + "cast(extract(epoch from min(v.entered_at) - min(v.applied_at)) / 86400 as double precision) "
            + "from report_stage_visit v where v.repeated and v.stage = s.stage and v.entered_at >= :rangeStart "
            + "and v.entered_at < :rangeEnd group by v.application_id) x "
            + "join opening o on o.id = x.opening_id %s where %s "
            + "group by grouping sets ((), (o.role_type), (x.opening_id))) f "
            + "left join opening t on t.id = f.opening_id order by 1, lower(t.title), f.role_type, f.opening_id";
}
