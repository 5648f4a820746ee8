package app.rounddown.reports;

import app.rounddown.candidate.Source;
import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Stage;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where applications come from and how far they get: the applications made in the period, by the candidate's source,
 * with how many have reached each stage since (the furthest stage each reached), and the best source per role type.
 * One statement per page (grouping sets).
 */
@RequestScoped
public class SourcesReport {
    /** A source needs this many applications for a role type before it can be its best; one hire of one does not win. */
    static final int MIN_APPLICATIONS = 10;
    static final List<Stage> REACHED = List.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM, Stage.SUPERDAY,
            Stage.OFFER, Stage.HIRED);

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    /** The applications of one source (for one role type, or all), and how many reached each stage after applying. */
    public record Counts(long applications, long[] reached) {
        long reached(Stage stage) {
            return reached[REACHED.indexOf(stage)];
        }

        long hires() {
            return reached(Stage.HIRED);
        }

        double rate() {
            return applications == 0 ? 0 : (double) hires() / applications;
        }
    }

    public record SourcesPage(ReportFrame frame, ReportTable sources, ReportTable best, BarChart chart) {
        public int minApplications() {
            return MIN_APPLICATIONS;
        }

        public String csvHref(String part) {
            return frame.csvHref() + "&part=" + part;
        }
    }

    public SourcesPage page(ReportFrame frame) {
        Map<Source, Counts> bySource = new EnumMap<>(Source.class);
        Map<RoleType, Map<Source, Counts>> byRoleType = new EnumMap<>(RoleType.class);
        for (Object[] r : rows(frame)) {
            long[] reached = new long[REACHED.size()];
            for (int i = 0; i < reached.length; i++) {
                reached[i] = Figures.count(r[4 + i]);
            }
            Counts counts = new Counts(Figures.count(r[3]), reached);
            Source source = Source.valueOf((String) r[2]);
            if (((Number) r[0]).intValue() == 1) {
                bySource.put(source, counts);
            } else {
                byRoleType.computeIfAbsent(RoleType.valueOf((String) r[1]), t -> new EnumMap<>(Source.class))
                        .put(source, counts);
            }
        }
        return new SourcesPage(frame, sourcesTable(frame, bySource), bestTable(frame, byRoleType), chart(bySource));
    }

    private static ReportTable sourcesTable(ReportFrame frame, Map<Source, Counts> bySource) {
        ReportTable table = ReportTable.of("Applications made in the period by source, and how many have reached each "
                        + "stage since", "Source", "Applications", "Culture", "Technical", "Small team", "SuperDay",
                "Offers", "Hires", "Hires per application");
        bySource.forEach((source, counts) -> {
            ReportFilter narrowed = Drill.narrowed(frame.filter(), null, null, source);
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(source.label()),
                    Cell.number(counts.applications(), href(frame, narrowed, null))));
            for (Stage stage : REACHED) {
                long n = counts.reached(stage);
                cells.add(Cell.number(n, n == 0 ? null : href(frame, narrowed, stage)));
            }
            cells.add(Cell.number(Figures.percent(counts.hires(), counts.applications())));
            table.add(cells.toArray(Cell[]::new));
        });
        return table;
    }

    /** The source with the most hires per application among those with enough applications (ties: more hires). */
    static Optional<Map.Entry<Source, Counts>> best(Map<Source, Counts> sources) {
        return sources.entrySet().stream()
                .filter(e -> e.getValue().applications() >= MIN_APPLICATIONS && e.getValue().hires() > 0)
                .max(Comparator.<Map.Entry<Source, Counts>>comparingDouble(e -> e.getValue().rate())
                        .thenComparingLong(e -> e.getValue().hires()));
    }

    private static ReportTable bestTable(ReportFrame frame, Map<RoleType, Map<Source, Counts>> byRoleType) {
        ReportTable table = ReportTable.of("The best source per role type: the most hires per application, among "
                        + "sources with at least " + MIN_APPLICATIONS + " applications", "Role type", "Best source",
                "Applications", "Hires", "Hires per application", "Runner-up");
        byRoleType.forEach((roleType, sources) -> {
            Optional<Map.Entry<Source, Counts>> best = best(sources);
            if (best.isEmpty()) {
                boolean enough = sources.values().stream().anyMatch(c -> c.applications() >= MIN_APPLICATIONS);
                table.add(Cell.text(roleType.label()), Cell.text(enough ? "No hires yet" : "Too few applications to tell"),
                        Cell.number(Figures.NONE), Cell.number(Figures.NONE), Cell.number(Figures.NONE), Cell.text(""));
                return;
            }
            Source source = best.get().getKey();
            Counts counts = best.get().getValue();
            ReportFilter narrowed = Drill.narrowed(frame.filter(), null, roleType, source);
            Map<Source, Counts> others = new EnumMap<>(sources);
            others.remove(source);
            String runnerUp = best(others).map(e -> e.getKey().label() + ", " + e.getValue().hires() + " of "
                    + e.getValue().applications() + " (" + Figures.percent(e.getValue().hires(),
                    e.getValue().applications()) + ")").orElse("");
            table.add(Cell.text(roleType.label()), Cell.text(source.label()),
                    Cell.number(counts.applications(), href(frame, narrowed, null)),
                    Cell.number(counts.hires(), href(frame, narrowed, Stage.HIRED)),
                    Cell.number(Figures.percent(counts.hires(), counts.applications())), Cell.text(runnerUp));
        });
        return table;
    }

    private static BarChart chart(Map<Source, Counts> bySource) {
        BarChart chart = BarChart.of("sources-chart", "Applications by source", "For each source, the applications "
                + "made in the period and, in brackets, how many were hired; the table below has every stage.", "Applications");
        bySource.forEach((source, counts) -> chart.add(source.label(), counts.applications(),
                counts.applications() + " (" + counts.hires() + " hired)"));
        return chart;
    }

    static String href(ReportFrame frame, ReportFilter filter, Stage reached) {
        return frame.path() + "/candidates?" + filter.query() + (reached == null ? "" : "&reached=" + reached.name());
    }

    /** The CSV: the table by source, or with {@code part=best} the best source per role type. */
    public ReportTable csv(ReportFrame frame, String part) {
        SourcesPage page = page(frame);
        return "best".equals(part) ? page.best() : page.sources();
    }

    private List<Object[]> rows(ReportFrame frame) {
        ReportWhere where = ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("k")
                .during("k.applied_at");
        StringBuilder reached = new StringBuilder();
        for (Stage stage : REACHED) {
            reached.append(", count(*) filter (where furthest >= ").append(stage.ordinal() + 1).append(')');
        }
        return kept.rows(REACH.formatted(where.sql())
                + "select grouping(role_type), role_type, source, count(*)" + reached
                + " from cohort group by grouping sets ((source), (role_type, source))", where.values());
    }

    /** The applications behind a figure: made in the period (of a source, if chosen), having reached a stage. */
    public BehindFigure behind(ReportFrame frame, String reachedName, String page) {
        Stage reached = reachedName == null ? null
                : Drill.choice(Stage.class, reachedName, "reached", "Choose a stage after applying.");
        ReportWhere where = where(frame);
        String rows = COHORT.formatted(where.sql())
                + "select c.id as candidate_id, c.name, o.title as opening, a.created_at, k.furthest, a.status "
                + "from cohort k join application a on a.id = k.application_id join candidate c on c.id = a.candidate_id "
                + "join opening o on o.id = a.opening_id where k.furthest >= :reached";
        String figure = (frame.filter().source() == null ? "Applications" : frame.filter().source().label()
                + " applications") + (reached == null ? "" : " that reached " + reached.shortLabel());
        return new BehindFigure(frame, figure, Drill.page(em, rows, where, Map.of("reached",
                        reached == null ? 1 : reached.ordinal() + 1), page, r -> "Applied "
                        + LocalDate.ofInstant(SqlValues.instant(r[3]), frame.filter().zone()) + "; furthest stage "
                        + Stage.values()[((Number) r[4]).intValue() - 1].shortLabel() + " ("
                        + r[5].toString().toLowerCase() + ")"),
                href(frame, frame.filter(), reached) + "&");
    }

    private static ReportWhere where(ReportFrame frame) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during("v.applied_at");
    }

    /**
     * One row per application made in the period: its role type, its candidate's source and the furthest stage it
     * has reached (as report_stage_order, 1 = Applied). %s: the filter and scope conditions.
     */
    static final String COHORT = "with cohort as (select v.application_id, o.role_type, c.source, "
            + "max(report_stage_order(v.stage)) as furthest from report_stage_visit v "
            + "join opening o on o.id = v.opening_id join application ca on ca.id = v.application_id "
            + "join candidate c on c.id = ca.candidate_id where %s group by v.application_id, o.role_type, c.source) ";

    /**
     * The page's cohort, as {@link #COHORT} but from report_application_reach (one row per application and applied_at,
     * with its candidate's source and its furthest stage), so the page reads neither every stay nor application and
     * candidate. %s: the filter and scope conditions (source on k).
     */
    static final String REACH = "with cohort as (select k.application_id, o.role_type, min(k.source) as source, "
            + "max(k.furthest) as furthest from report_application_reach k join opening o on o.id = k.opening_id "
            + "where %s group by k.application_id, o.role_type) ";
}
