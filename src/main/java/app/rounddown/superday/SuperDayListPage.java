package app.rounddown.superday;

import app.rounddown.web.Labelled;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.panache.common.Parameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The recruiter's SuperDay list: upcoming days, this week's, and the ones whose fee is due. Always paged. */
public final class SuperDayListPage {
    private SuperDayListPage() {
    }

    public enum View implements Labelled {
        UPCOMING("Upcoming"), THIS_WEEK("This week"), NEEDS_PAYMENT("Needs payment"), ALL("All");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase().replace('_', '-');
        }

        public String pagerBase() {
            return "/superdays?view=" + param() + "&";
        }

        public static View of(String text) {
            for (View view : values()) {
                if (view.param().equals(text)) {
                    return view;
                }
            }
            return UPCOMING;
        }

        public List<View> choices() {
            return List.of(values());
        }
    }

    /** Days whose fee is owed and unpaid: held and over, or cancelled by the company with a fee. */
    static final String DUE = """
            s.paidOn is null and ((s.status <> 'CANCELLED' and s.endsAt <= :now and s.fee.amount > 0)
              or (s.status = 'CANCELLED' and s.cancelledByCompany = true and s.cancellationFee.amount > 0))""";

    public static Page<SuperDay> page(View view, PageRequest request, Instant now, String viewerZone) {
        ZoneId zone = ZoneId.of(viewerZone);
        Instant weekStart = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toInstant();
        Parameters parameters = view == View.THIS_WEEK
                ? Parameters.with("from", weekStart).and("to", weekStart.plus(java.time.Duration.ofDays(7)))
                : view == View.ALL ? new Parameters() : Parameters.with("now", now);
        String where = switch (view) {
            case UPCOMING -> "s.status not in ('CANCELLED', 'CLOSED') and s.endsAt >= :now";
            case THIS_WEEK -> "s.startsAt >= :from and s.startsAt < :to";
            case NEEDS_PAYMENT -> DUE;
            case ALL -> "s.id is not null";
        };
        String order = view == View.ALL ? " order by s.startsAt desc" : " order by s.startsAt";
        long total = SuperDay.count("from SuperDay s where " + where, parameters);
        List<SuperDay> items = SuperDay.<SuperDay>find("from SuperDay s join fetch s.application a join fetch a.candidate "
                        + "join fetch a.opening where " + where + order, parameters)
                .range(request.offset(), request.offset() + request.size() - 1).list();
        return Page.of(items, request, total);
    }

    /** Every unpaid day that is due, for the finance view; bounded, since finance pays them twice a month. */
    public static List<SuperDay> due(Instant now) {
        return SuperDay.<SuperDay>find("from SuperDay s join fetch s.application a join fetch a.candidate "
                + "join fetch a.opening where " + DUE + " order by s.endsAt", Parameters.with("now", now))
                .range(0, 999).list();
    }
}
