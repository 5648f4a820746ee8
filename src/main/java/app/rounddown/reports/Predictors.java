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

/**
 * "What predicts a good hire": for hires on their hiring manager's roster (team_member.offer_id leads to the
 * application), the rounded-down stage results and criterion scores of those who reached 100% of their quota
 * against those who did not, and the culture scores of those still on the team after twelve months against those
 * who left. Three statements whatever the data, all aggregates in SQL.
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

    public Figures of(ReportFrame frame) {
        LocalDate today = LocalDate.ofInstant(frame.asOf(), frame.filter().zone());
        return new Figures(hires(frame, today), comparisons(frame, today, true), comparisons(frame, today, false));
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
                    select h.member_id, h.application_id, an.annual_percent >= 100 as reached,
                           case when h.starts_on + interval '%d months' <= cast(:today as date)
                                then h.ends_on is null or h.ends_on >= h.starts_on + interval '%d months' end as stayed
                    from hire h left join annual an on an.team_member_id = h.member_id)
                """.formatted(where.needsCandidate() ? "join candidate c on c.id = a.candidate_id" : "", where.sql(),
                ANNUAL_ATTAINMENT, RETENTION_MONTHS, RETENTION_MONTHS);
    }

    private Hires hires(ReportFrame frame, LocalDate today) {
        ReportWhere where = where(frame);
        Object[] row = (Object[]) where.bind(em.createNativeQuery(outcomes(where) + """
                select count(*), count(*) filter (where reached), count(*) filter (where not reached),
                       count(*) filter (where reached is null), count(*) filter (where stayed),
                       count(*) filter (where not stayed), count(*) filter (where stayed is null)
                from outcome""")).setParameter("today", today).getSingleResult();
        return new Hires(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]), count(row[5]),
                count(row[6]));
    }

    /**
     * Per stage and per criterion, each hire's rounded-down result (the mean of their counting cards, rounded down,
     * as RoundDown.of does; kept in report_card_result by the database, V31), then the mean of those results per
     * group, cut (not rounded) to one decimal so an average is never rounded up into a yes. By quota: every stage
     * and criterion; by retention: the culture stage and the culture criteria of every stage.
     */
    @SuppressWarnings("unchecked")
    private List<Comparison> comparisons(ReportFrame frame, LocalDate today, boolean byQuota) {
        ReportWhere where = where(frame);
        String good = byQuota ? "o.reached" : "o.stayed";
        List<Object[]> rows = where.bind(em.createNativeQuery(outcomes(where) + """
                select s.stage, max(s.criterion_name),
                       count(*) filter (where %1$s), floor(avg(s.result) filter (where %1$s) * 10) / 10,
                       count(*) filter (where not %1$s), floor(avg(s.result) filter (where not %1$s) * 10) / 10
                from outcome o join report_card_result s on s.application_id = o.application_id
                where %1$s is not null %2$s
                group by s.stage, s.criterion_key
                order by report_stage_order(s.stage), s.criterion_key <> '', max(s.criterion_name)
                """.formatted(good, byQuota ? "" : "and s.culture"))).setParameter("today", today).getResultList();
        return rows.stream().map(r -> new Comparison(Stage.valueOf((String) r[0]), (String) r[1], count(r[2]),
                decimal(r[3]), count(r[4]), decimal(r[5]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.DOWN);
    }
}
