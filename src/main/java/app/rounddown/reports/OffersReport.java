package app.rounddown.reports;

import static app.rounddown.reports.Figures.count;
import static app.rounddown.reports.FigureRows.linked;
import static app.rounddown.reports.FigureRows.oneDecimal;
import static app.rounddown.reports.FigureRows.percent;

import app.rounddown.opening.RoleType;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Report 7, offers: per role type, the offers sent in the range and how they stand now (accepted, declined, still
 * out), the acceptance rate of those answered, and the days from the end of the candidate's SuperDay to the accepted
 * offer. Offers not sent yet count by the day they were drafted. One statement, whatever the data.
 */
@RequestScoped
public class OffersReport {
    /** The day an offer counts on: when it was sent, or drafted while it is not sent yet. */
    static final String COUNTED_AT = "coalesce(f.sent_at, f.created_at)";
    private static final String OFFERS = "with offers as (select f.id, f.role_type, f.status, f.sent_at, f.answered_at, "
            + "f.created_at, s.ends_at, a.candidate_id, o.title from offer f join application a on a.id = f.application_id "
            + "join opening o on o.id = a.opening_id %s"
            + "left join report_superday s on s.application_id = f.application_id and s.live where %s) ";
    private static final String DAYS_TO_ACCEPT = "extract(epoch from f.answered_at - f.ends_at) / 86400.0";

    enum Figure {
        UNSENT("Offers drafted and not sent yet", "f.sent_at is null"),
        SENT("Offers sent", "f.sent_at is not null"),
        ACCEPTED("Offers accepted", "f.status = 'ACCEPTED'"),
        DECLINED("Offers declined", "f.status = 'DECLINED'"),
        OUT("Offers sent and still out", "f.status = 'SENT'");

        final String title;
        final String condition;

        Figure(String title, String condition) {
            this.title = title;
            this.condition = condition;
        }
    }

    /** One role type's offers, or all of them ({@code roleType} null). */
    public record Row(RoleType roleType, long unsent, long sent, long accepted, long declined, long out,
                      Double medianDays, Double p90Days) {
        public String label() {
            return roleType == null ? "All role types" : roleType.label();
        }

        public String medianText() {
            return oneDecimal(medianDays);
        }

        /** Accepted of those answered: an offer still out has no answer yet. */
        public String acceptanceRate() {
            return percent(accepted, accepted + declined);
        }
    }

    public record OffersPage(ReportFrame frame, Row total, BarChart chart, ReportTable table) {
    }

    @Inject
    EntityManager em;
    @Inject
    KeptFigures kept;

    public OffersPage of(ReportFrame frame) {
        List<Row> rows = rows(frame);
        Row total = rows.get(0);
        BarChart chart = BarChart.of("offers-chart", "Offers sent and accepted per role type", "Offers sent from "
                + frame.filter().from() + " to " + frame.filter().to() + " per role type, and how many of them were "
                + "accepted.", "Sent", "Accepted");
        ReportTable table = ReportTable.of("Offers per role type (sent in the range; drafts by the day they were drafted)",
                "Role type", "Not sent yet", "Sent", "Accepted", "Declined", "Still out", "Acceptance rate (of answered)",
                "Median days from SuperDay to acceptance", "90th percentile days");
        if (total.sent() + total.unsent() > 0) {
            for (Row row : rows) {
                if (row.roleType() != null) {
                    chart.add(row.label(), new double[] {row.sent(), row.accepted()},
                            new String[] {String.valueOf(row.sent()), String.valueOf(row.accepted())});
                }
                String role = row.roleType() == null ? null : row.roleType().name();
                table.add(Cell.text(row.label()), linked(row.unsent(), link(frame, Figure.UNSENT, role)),
                        linked(row.sent(), link(frame, Figure.SENT, role)),
                        linked(row.accepted(), link(frame, Figure.ACCEPTED, role)),
                        linked(row.declined(), link(frame, Figure.DECLINED, role)),
                        linked(row.out(), link(frame, Figure.OUT, role)), Cell.number(row.acceptanceRate()),
                        Cell.number(oneDecimal(row.medianDays())), Cell.number(oneDecimal(row.p90Days())));
            }
        }
        return new OffersPage(frame, total, chart, table);
    }

    static String link(ReportFrame frame, Figure figure, String offerRole) {
        return frame.path() + "/candidates?" + frame.filter().query() + "&figure=" + FigureRows.key(figure)
                + (offerRole == null ? "" : "&offerRole=" + offerRole);
    }

    private ReportWhere where(ReportFrame frame) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during(COUNTED_AT);
    }

    private static String offers(ReportWhere where) {
        return OFFERS.formatted(where.needsCandidate() ? "join candidate c on c.id = a.candidate_id " : "", where.sql());
    }

    /**
     * The offers as the counts need them: without a scope or filter on openings or candidates, neither the
     * application nor the opening is joined (the drill-down's names and titles come from {@link #offers}).
     */
    private static String counted(ReportFrame frame, ReportWhere where) {
        return FigureRows.needsOpening(frame) ? offers(where)
                : "with offers as (select f.role_type, f.status, f.sent_at, f.answered_at, s.ends_at from offer f "
                + "left join report_superday s on s.application_id = f.application_id and s.live where "
                + where.sql() + ") ";
    }

    /** The first row counts every role type; then one row per role type that has offers. */
    List<Row> rows(ReportFrame frame) {
        ReportWhere where = where(frame);
        String accepted = " filter (where f.status = 'ACCEPTED')";
        List<Object[]> rows = kept.rows(counted(frame, where) + "select f.role_type, "
                + "count(*) filter (where f.sent_at is null), count(*) filter (where f.sent_at is not null), "
                + "count(*)" + accepted + ", count(*) filter (where f.status = 'DECLINED'), "
                + "count(*) filter (where f.status = 'SENT'), "
                + "percentile_cont(0.5) within group (order by " + DAYS_TO_ACCEPT + ")" + accepted + ", "
                + "percentile_cont(0.9) within group (order by " + DAYS_TO_ACCEPT + ")" + accepted + " "
                + "from offers f group by grouping sets ((), (f.role_type)) "
                + "order by grouping(f.role_type) desc, f.role_type", where.values());
        return rows.stream().map(r -> new Row(r[0] == null ? null : RoleType.valueOf((String) r[0]), count(r[1]),
                count(r[2]), count(r[3]), count(r[4]), count(r[5]), (Double) r[6], (Double) r[7])).toList();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The offers behind one figure (of one role type, or all), in the order they were counted. */
    public Page<BehindFigure.Candidate> behind(ReportFrame frame, Figure figure, RoleType offerRole, PageRequest page) {
        ReportWhere where = where(frame);
        if (offerRole != null) {
            where.and("f.role_type = :offerRole", "offerRole", offerRole.name());
        }
        String select = offers(where) + "select f.candidate_id, c.name, "
                + "f.title, coalesce(f.sent_at, f.created_at) as counted_at, f.status, f.ends_at, f.answered_at "
                + "from offers f join candidate c on c.id = f.candidate_id where " + figure.condition;
        return Drill.page(em, select, "b.counted_at, b.candidate_id", where, Map.of(), page, v -> detail(frame, v));
    }

    private static String detail(ReportFrame frame, Object[] values) {
        DateTimeFormatter day = DAY.withZone(frame.filter().zone());
        Instant counted = SqlValues.instant(values[3]);
        Instant ended = SqlValues.instant(values[5]);
        Instant answered = SqlValues.instant(values[6]);
        String status = ((String) values[4]).toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(status.equals("draft") || status.equals("approved")
                ? status + ", drafted " : status + "; sent ").append(day.format(counted));
        if (answered != null) {
            text.append("; answered ").append(day.format(answered));
        }
        if ("accepted".equals(status) && ended != null) {
            text.append(String.format(Locale.ENGLISH, "; accepted %.1f days after the SuperDay ended",
                    Duration.between(ended, answered).toMinutes() / 1440.0));
        }
        return text.toString();
    }
}
