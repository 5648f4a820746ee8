package app.rounddown.dossier;

import app.rounddown.access.Managed;
import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningStatus;
import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The openings list: a page of openings with how many people are at each stage, read in one statement from the counts
 * the database keeps per opening (V40); a second one only to count what a page past the end would have shown.
 */
public final class OpeningListPage {
    private OpeningListPage() {
    }

    private static final String WHERE = " where (?1 = '' or lower(o.title) like ?2 escape '\\') "
            + "and (?3 = '' or o.status = ?3) and (?4 = '' or o.role_type = ?4)";
    // The counts' columns, one per stage in the stages' order (V40 names them after the stages).
    private static final String COUNTS = Arrays.stream(Stage.values()).map(s -> "c." + s.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    private static final int FIRST_COUNT = 7;

    /** {@code mayChange} says which openings the viewer may edit: each row says so, for its Edit link. */
    public static Page<Row> withCounts(PageRequest request, Filters filters, Predicate<Managed> mayChange) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filtered(Opening.getEntityManager().createNativeQuery("select o.id, o.title, o.role_type, "
                        + "coalesce(u.name, o.hiring_manager, ''), o.status, o.hiring_manager_id, o.second_approver_id, "
                        + COUNTS + ", count(*) over () from opening o left join app_user u on u.id = o.hiring_manager_id "
                        + "left join opening_stage_count c on c.opening_id = o.id" + WHERE
                        + " order by o.status desc, lower(o.title), o.id offset ?5 limit ?6"), filters)
                .setParameter(5, request.offset()).setParameter(6, request.size()).getResultList();
        return Page.of(rows.stream().map(row -> Row.of(row, mayChange)).toList(), request, total(rows, request, filters));
    }

    /** Read with the page's rows; counted apart only past the last page, where the pager still says how many. */
    private static long total(List<Object[]> rows, PageRequest request, Filters filters) {
        if (!rows.isEmpty()) {
            return ((Number) rows.get(0)[FIRST_COUNT + Stage.values().length]).longValue();
        }
        if (request.offset() == 0) {
            return 0;
        }
        return ((Number) filtered(Opening.getEntityManager().createNativeQuery("select count(*) from opening o" + WHERE),
                filters).getSingleResult()).longValue();
    }

    private static Query filtered(Query query, Filters filters) {
        return query.setParameter(1, filters.q()).setParameter(2, SqlValues.containing(filters.q()))
                .setParameter(3, filters.status() == null ? "" : filters.status().name())
                .setParameter(4, filters.roleType() == null ? "" : filters.roleType().name());
    }

    /** What the list is narrowed to: words in the title, a status, a role type. */
    public record Filters(String q, OpeningStatus status, RoleType roleType) {
        public static Filters parse(String q, String status, String roleType) {
            return new Filters(q == null ? "" : q.strip(),
                    CandidateList.Filters.choice(OpeningStatus.class, "status", status, "Choose a status from the list."),
                    CandidateList.Filters.choice(RoleType.class, "roleType", roleType, "Choose a role type from the list."));
        }

        public boolean any() {
            return !q.isEmpty() || status != null || roleType != null;
        }

        /** The filters as the start of a query string, for the pager's links. */
        public String query() {
            return (q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&")
                    + (status == null ? "" : "status=" + status.name() + "&")
                    + (roleType == null ? "" : "roleType=" + roleType.name() + "&");
        }
    }

    /** One opening as the list shows it. */
    public record Listed(long id, String title, RoleType roleType, String hiringManagerName, OpeningStatus status,
                         Long hiringManagerId, Long secondApproverId) implements Managed {
    }

    /** An opening with the applications in the running (and hires) at each stage, in the stages' order. */
    public record Row(Listed opening, List<Long> counts, boolean editable) {
        static Row of(Object[] r, Predicate<Managed> mayChange) {
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < Stage.values().length; i++) {
                Object count = r[FIRST_COUNT + i];
                counts.add(count == null ? 0L : ((Number) count).longValue());
            }
            Listed opening = new Listed(((Number) r[0]).longValue(), (String) r[1], RoleType.valueOf((String) r[2]),
                    (String) r[3], OpeningStatus.valueOf((String) r[4]), id(r[5]), id(r[6]));
            return new Row(opening, counts, mayChange.test(opening));
        }

        private static Long id(Object column) {
            return column == null ? null : ((Number) column).longValue();
        }
    }
}
