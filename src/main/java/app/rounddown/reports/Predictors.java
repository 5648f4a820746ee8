package app.rounddown.reports;

import app.rounddown.decision.PayPlan;
import app.rounddown.pipeline.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "What predicts a good hire": for hires on their hiring manager's roster (team_member.offer_id leads to the
 * application), the rounded-down stage results and criterion scores of those who reached 100% of their quota
 * against those who did not, and the culture scores of those still on the team after twelve months against those
 * who left. One statement whatever the data, all aggregates in SQL.
 */
@ApplicationScoped
public class Predictors {
    /** Groups smaller than this are shown, with a plain warning that they are too few to mean much. */
    public static final int ENOUGH_HIRES = 10;
    /** Retention is judged at the first anniversary on the team; later hires are not known yet. */
    public static final int RETENTION_MONTHS = 12;

    /**
     * Each hire's annual attainment exactly as the roster's performance line computes it
     * ({@code PerformanceLine.standing}): the mean percent of the last four recorded quarters that begin once the
     * ramp is over (a quarter partly in the ramp does not count). Selects (team_member_id, annual_percent) for the
     * members of the {@code hire} relation, which needs the columns member_id and starts_on. A hire with no quarter
     * after ramp has no row: whether they reach quota is not known yet.
     */
    static final String ANNUAL_ATTAINMENT = """
            select q.team_member_id, avg(q.attainment_percent) as annual_percent
            from (select qa.team_member_id, qa.attainment_percent,
                         row_number() over (partition by qa.team_member_id order by qa.quarter_start desc) as nth
                  from quarterly_attainment qa join hire h on h.member_id = qa.team_member_id
                  where qa.quarter_start >= h.starts_on + interval '%d months') q
            where q.nth <= 4
            group by q.team_member_id""".formatted(PayPlan.RAMP_MONTHS);

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    /** One score compared between the hires who did well and the rest; an average is null when nobody is in it. */
    public record Comparison(Stage stage, String criterion, long goodHires, BigDecimal goodAverage,
                             long otherHires, BigDecimal otherAverage) {
        public boolean tooFew() {
            return goodHires < ENOUGH_HIRES || otherHires < ENOUGH_HIRES;
        }

        public String label() {
            return criterion == null ? stage.label() + ": stage result" : stage.label() + ": " + criterion;
        }

        /** For the chart, whose labels have less room. */
        public String shortLabel() {
            return stage.shortLabel() + ": " + (criterion == null ? "result" : criterion);
        }
    }

    /** How many hires are counted, and how many of them are known to have reached quota or stayed. */
    public record Hires(long total, long reachedQuota, long missedQuota, long quotaUnknown, long stayed, long left,
                        long tooRecent) {
        public boolean tooFewForQuota() {
            return reachedQuota < ENOUGH_HIRES || missedQuota < ENOUGH_HIRES;
        }

        public boolean tooFewForRetention() {
            return stayed < ENOUGH_HIRES || left < ENOUGH_HIRES;
        }
    }

    public record Figures(Hires hires, List<Comparison> quota, List<Comparison> retention) {
    }

    /** Which hires a count on the page is about, for the candidates behind it. */
    public enum Group {
        REACHED("x.reached", "Hires who reached 100% of quota"),
        MISSED("not x.reached", "Hires who did not reach quota"),
        UNKNOWN("x.reached is null", "Hires with no quarter recorded after their ramp yet"),
        STAYED("x.stayed", "Hires still on the team after 12 months"),
        LEFT("not x.stayed", "Hires who left within 12 months"),
        RECENT("x.stayed is null", "Hires who started less than 12 months ago");

        private final String condition;
        public final String words;

        Group(String condition, String words) {
            this.condition = condition;
            this.words = words;
        }
    }

    /**
     * Everything in one statement: the hires (and each one's outcome) once, then their counts (part 0) and, from a
     * single pass over their results, the rows compared by quota (part 1) and by retention (part 2), each in the
     * order of the stages, the stage result first, then the criteria by name.
     */
    public Figures of(ReportFrame frame) {
        LocalDate today = LocalDate.ofInstant(frame.asOf(), frame.filter().zone());
        ReportWhere where = where(frame);
        List<Object[]> rows = kept.rows(outcomes(where) + """
                , score as (
                    select s.stage, s.criterion_key,
                           max(s.criterion_name) filter (where o.reached is not null) as quota_name,
                           count(*) filter (where o.reached) as quota_good,
                           floor(avg(s.result) filter (where o.reached) * 10) / 10 as quota_good_average,
                           count(*) filter (where not o.reached) as quota_other,
                           floor(avg(s.result) filter (where not o.reached) * 10) / 10 as quota_other_average,
                           max(s.criterion_name) filter (where o.stayed is not null and s.culture) as stay_name,
                           count(*) filter (where o.stayed and s.culture) as stay_good,
                           floor(avg(s.result) filter (where o.stayed and s.culture) * 10) / 10 as stay_good_average,
                           count(*) filter (where not o.stayed and s.culture) as stay_other,
                           floor(avg(s.result) filter (where not o.stayed and s.culture) * 10) / 10 as stay_other_average
                    from outcome o join report_card_result s on s.application_id = o.application_id
                    where o.reached is not null or o.stayed is not null
                    group by s.stage, s.criterion_key)
                select 0 as part, cast(0 as bigint) as position, cast(null as varchar) as stage,
                       cast(null as varchar) as name, count(*) as n1, count(*) filter (where reached) as n2,
                       count(*) filter (where not reached) as n3, count(*) filter (where reached is null) as n4,
                       count(*) filter (where stayed) as n5, count(*) filter (where not stayed) as n6,
                       count(*) filter (where stayed is null) as n7, cast(null as numeric) as a1,
                       cast(null as numeric) as a2
                from outcome
                union all
                select 1, row_number() over (order by report_stage_order(stage), criterion_key <> '', quota_name),
                       stage, quota_name, quota_good, quota_other, null, null, null, null, null,
                       quota_good_average, quota_other_average
                from score where quota_good + quota_other > 0
                union all
                select 2, row_number() over (order by report_stage_order(stage), criterion_key <> '', stay_name),
                       stage, stay_name, stay_good, stay_other, null, null, null, null, null,
                       stay_good_average, stay_other_average
                from score where stay_good + stay_other > 0
                order by 1, 2""", where.with("today", today).values());
        Object[] counts = rows.get(0);
        Hires hires = new Hires(count(counts[4]), count(counts[5]), count(counts[6]), count(counts[7]),
                count(counts[8]), count(counts[9]), count(counts[10]));
        return new Figures(hires, comparisons(rows, 1), comparisons(rows, 2));
    }

    private static List<Comparison> comparisons(List<Object[]> rows, int part) {
        return rows.stream().filter(r -> ((Number) r[0]).intValue() == part)
                .map(r -> new Comparison(Stage.valueOf((String) r[2]), (String) r[3], count(r[4]), decimal(r[11]),
                        count(r[5]), decimal(r[12]))).toList();
    }

    /** The hires behind one of the counts, with the day each started and how they did. */
    public BehindFigure behind(ReportFrame frame, String groupName, String page) {
        Group group = Drill.choice(Group.class, groupName, "group", "Choose a group of hires.");
        LocalDate today = LocalDate.ofInstant(frame.asOf(), frame.filter().zone());
        ReportWhere where = where(frame);
        String rows = outcomes(where) + """
                select ca.id as candidate_id, ca.name, op.title as opening, x.starts_on, x.ends_on, x.annual_percent
                from outcome x
                join application ap on ap.id = x.application_id
                join candidate ca on ca.id = ap.candidate_id
                join opening op on op.id = ap.opening_id
                where\s""" + group.condition;
        return new BehindFigure(frame, group.words, Drill.page(em, rows, where, Map.of("today", today), page,
                Predictors::detail), href(frame, group) + "&");
    }

    static String href(ReportFrame frame, Group group) {
        return frame.path() + "/candidates?" + frame.filter().query() + "&group=" + group.name();
    }

    private static String detail(Object[] r) {
        String started = "Started " + r[3] + (r[4] == null ? "" : ", left " + r[4]);
        return r[5] == null ? started + "; no quarter after the ramp yet"
                : started + "; annual attainment " + new BigDecimal(r[5].toString()).setScale(1, RoundingMode.DOWN) + "%";
    }

    private ReportWhere where(ReportFrame frame) {
        ReportFilter filter = frame.filter();
        return ReportWhere.of(filter, frame.scope()).openings("o").candidates("c")
                .and("tm.starts_on >= :hiredFrom", "hiredFrom", filter.from())
                .and("tm.starts_on <= :hiredTo", "hiredTo", filter.to());
    }

    /** The hires in the filters and scope, with whether each reached quota and whether each stayed (null: not known). */
    private String outcomes(ReportWhere where) {
        return """
                with hire as (
                    select tm.id as member_id, a.id as application_id, tm.starts_on, tm.ends_on
                    from team_member tm
                    join offer f on f.id = tm.offer_id
                    join application a on a.id = f.application_id
                    join opening o on o.id = a.opening_id
                    %s
                    where %s),
                annual as (%s),
                outcome as (
                    select h.member_id, h.application_id, h.starts_on, h.ends_on, an.annual_percent,
                           an.annual_percent >= 100 as reached,
                           case when h.starts_on + interval '%d months' <= cast(:today as date)
                                then h.ends_on is null or h.ends_on >= h.starts_on + interval '%d months' end as stayed
                    from hire h left join annual an on an.team_member_id = h.member_id)
                """.formatted(where.needsCandidate() ? "join candidate c on c.id = a.candidate_id" : "", where.sql(),
                ANNUAL_ATTAINMENT, RETENTION_MONTHS, RETENTION_MONTHS);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.DOWN);
    }
}
