package app.rounddown.reports;

import static app.rounddown.reports.Figures.count;

import app.rounddown.money.Money;
import app.rounddown.reports.ReportTable.Cell;
import app.rounddown.web.TextExtensions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Report 6, SuperDay money: what SuperDays cost per month, in each currency apart (amounts in different currencies are
 * never added up), and per hire. What a day owes follows {@code SuperDay.amountDue}: the fee once the day is held, the
 * cancellation fee when the company called it off, nothing when the candidate did; a fee counts as paid or donated
 * once it has a paid date, as on the payments page. Two statements, whatever the data.
 */
@RequestScoped
public class SuperDayMoneyReport {
    /** SuperDay.amountDue in SQL. */
    static final String OWED = "(case when s.status <> 'CANCELLED' then s.fee when s.cancelled_by_company then "
            + "s.cancellation_fee else 0 end)";
    /** When the money became owed: the end of a held day, the moment a cancelled one was called off. */
    static final String OWED_AT = "coalesce(s.cancelled_at, s.ends_at)";

    /** One month's money in one currency; {@code month} null for the currency's whole range. */
    public record Month(String month, String currency, long held, BigDecimal fees, long cancelledWithFee,
                       BigDecimal cancellationFees, long cancelledFree, BigDecimal owed, BigDecimal paid,
                       BigDecimal donated, BigDecimal unpaid) {
    }

    /** One currency's money against the hires of the openings that pay SuperDays in it; currency null for all. */
    public record PerHire(String currency, BigDecimal owed, long hires, long held) {
        public String perHire() {
            return owed == null || hires == 0 ? "" : money(owed.divide(BigDecimal.valueOf(hires), 2, RoundingMode.HALF_UP));
        }

        public String daysPerHire() {
            return hires == 0 ? "" : String.format(Locale.ENGLISH, "%.1f", (double) held / hires);
        }
    }

    public record MoneyPage(ReportFrame frame, List<BarChart> charts, ReportTable months, ReportTable perHire) {
    }

    @Inject
    KeptFigures kept;

    public MoneyPage of(ReportFrame frame) {
        List<Month> months = months(frame);
        Map<String, Long> hires = hires(frame);
        return new MoneyPage(frame, charts(frame, months), monthTable(months), perHireTable(months, hires));
    }

    private static String money(BigDecimal amount) {
        return TextExtensions.money(amount);
    }

    private static List<BarChart> charts(ReportFrame frame, List<Month> months) {
        Map<String, BarChart> charts = new LinkedHashMap<>();
        for (Month month : months) {
            if (month.month() == null) {
                continue;
            }
            BarChart chart = charts.computeIfAbsent(month.currency(), currency -> BarChart.of("money-" + currency.toLowerCase(Locale.ROOT),
                    "SuperDay money owed per month, " + currency, "SuperDay fees and cancellation fees in " + currency
                            + " per month from " + frame.filter().from() + " to " + frame.filter().to()
                            + "; the table below has the paid, donated and unpaid parts.", currency));
            chart.add(month.month(), month.owed().doubleValue(), Money.of(month.owed(), month.currency()).toString());
        }
        return List.copyOf(charts.values());
    }

    static ReportTable monthTable(List<Month> months) {
        ReportTable table = ReportTable.of("SuperDay money per month and currency (by the day the day ended or was cancelled)",
                "Month", "Currency", "SuperDays held", "Fees", "Cancelled by the company", "Cancellation fees",
                "Cancelled by the candidate (no fee)", "Owed in all", "Paid to the candidate", "Donated", "Not paid yet");
        for (Month month : months) {
            table.add(Cell.text(month.month() == null ? "All months" : month.month()), Cell.text(month.currency()),
                    Cell.number(month.held()), Cell.number(money(month.fees())), Cell.number(month.cancelledWithFee()),
                    Cell.number(money(month.cancellationFees())), Cell.number(month.cancelledFree()),
                    Cell.number(money(month.owed())), Cell.number(money(month.paid())), Cell.number(money(month.donated())),
                    Cell.number(money(month.unpaid())));
        }
        return table;
    }

    static ReportTable perHireTable(List<Month> months, Map<String, Long> hires) {
        Map<String, PerHire> rows = new LinkedHashMap<>();
        long heldInAll = 0;
        for (Month month : months) {
            if (month.month() == null) {
                rows.put(month.currency(), new PerHire(month.currency(), month.owed(), hires.getOrDefault(month.currency(), 0L),
                        month.held()));
                heldInAll += month.held();
            }
        }
        hires.forEach((currency, count) -> {
            if (!currency.isEmpty()) {
                rows.putIfAbsent(currency, new PerHire(currency, BigDecimal.ZERO, count, 0));
            }
        });
        ReportTable table = ReportTable.of("SuperDay money and SuperDays per hire (hires by the day they were hired, "
                        + "counted in the currency their opening pays SuperDays in)", "Currency", "SuperDay money owed",
                "Hires", "Money per hire", "SuperDays held", "SuperDays per hire");
        rows.values().forEach(row -> table.add(Cell.text(row.currency()), Cell.number(money(row.owed())),
                Cell.number(row.hires()), Cell.number(row.perHire()), Cell.number(row.held()), Cell.number(row.daysPerHire())));
        if (!rows.isEmpty()) {
            PerHire all = new PerHire(null, null, hires.getOrDefault("", 0L), heldInAll);
            table.add(Cell.text("All currencies"), Cell.text(""), Cell.number(all.hires()), Cell.text(""),
                    Cell.number(all.held()), Cell.number(all.daysPerHire()));
        }
        return table;
    }

    private ReportWhere where(ReportFrame frame, String during) {
        return ReportWhere.of(frame.filter(), frame.scope()).openings("o").candidates("c").during(during);
    }

    private static String candidates(ReportWhere where) {
        return where.needsCandidate() ? "join candidate c on c.id = a.candidate_id " : "";
    }

    /** What is owed changes with no write when the next SuperDay ends (or a cancellation recorded ahead takes effect). */
    static final KeptFigures.Moment NEXT_OWED = new KeptFigures.Moment("now",
            "select min(" + OWED_AT + ") from superday s where " + OWED_AT + " > :now");

    List<Month> months(ReportFrame frame) {
        ReportWhere where = where(frame, OWED_AT).and(OWED_AT + " <= :now", "now", Timestamp.from(frame.asOf()));
        String held = "m.status <> 'CANCELLED'";
        String withFee = "m.status = 'CANCELLED' and m.cancelled_by_company";
        List<Object[]> rows = kept.rows("select m.month, m.currency, count(*) filter (where " + held
                + "), coalesce(sum(m.fee) filter (where " + held + "), 0), count(*) filter (where " + withFee + "), "
                + "coalesce(sum(m.cancellation_fee) filter (where " + withFee + "), 0), "
                + "count(*) filter (where m.status = 'CANCELLED' and not coalesce(m.cancelled_by_company, false)), "
                + "sum(m.owed), coalesce(sum(m.owed) filter (where m.paid_on is not null and not m.donate_fee), 0), "
                + "coalesce(sum(m.owed) filter (where m.paid_on is not null and m.donate_fee), 0), "
                + "coalesce(sum(m.owed) filter (where m.paid_on is null), 0) "
                + "from (select to_char(" + OWED_AT + " at time zone :zone, 'YYYY-MM') as month, s.currency, s.status, s.fee, "
                + "s.cancellation_fee, s.cancelled_by_company, s.paid_on, s.donate_fee, " + OWED + " as owed "
                + "from superday s " + (FigureRows.needsOpening(frame) ? "join application a on a.id = s.application_id "
                + "join opening o on o.id = a.opening_id " + candidates(where) : "") + "where " + where.sql() + ") m group by grouping sets ((m.currency, m.month), (m.currency)) "
                + "order by m.currency, grouping(m.month), m.month", where.with("zone", frame.filter().zone().getId()).values(),
                NEXT_OWED);
        return rows.stream().map(r -> new Month((String) r[0], (String) r[1], count(r[2]), (BigDecimal) r[3], count(r[4]),
                (BigDecimal) r[5], count(r[6]), (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10]))
                .toList();
    }

    /** Hires in the range per currency their opening pays SuperDays in; the key "" holds all of them. */
    Map<String, Long> hires(ReportFrame frame) {
        ReportWhere where = where(frame, "v.entered_at");
        List<Object[]> rows = kept.rows("select coalesce(o.superday_currency, ''), "
                + "count(distinct v.application_id) from report_stage_visit v join opening o on o.id = v.opening_id "
                + (where.needsCandidate() ? "join application a on a.id = v.application_id " + candidates(where) : "")
                + "where v.stage = 'HIRED' and " + where.sql() + " group by rollup (o.superday_currency)", where.values());
        Map<String, Long> hires = new LinkedHashMap<>();
        for (Object[] row : rows) {
            hires.put(grouped(row[0]), count(row[1]));
        }
        hires.putIfAbsent("", 0L);
        return hires;
    }

    /** The rollup's total row comes back with a null currency, which coalesce turns into "" too. */
    private static String grouped(Object currency) {
        return currency == null ? "" : (String) currency;
    }
}
