package app.rounddown.dossier;

import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningStatus;
import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.Page;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.PageRequest;
import app.rounddown.web.StorableText;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The openings list: a page of openings with how many people are at each stage. Three statements. */
public final class OpeningListPage {
    private OpeningListPage() {
    }

    public static Page<Row> withCounts(PageRequest request, Filters filters) {
        Page<Opening> openings = Opening.page(request, filters.q(), filters.status(), filters.roleType());
        Map<Long, Map<Stage, Long>> counts = countsByStage(openings.items().stream().map(o -> o.id).toList());
        return openings.map(o -> new Row(o, counts.getOrDefault(o.id, Map.of())));
    }

    /** Applications still in the running (and hires) per opening and stage. */
    static Map<Long, Map<Stage, Long>> countsByStage(List<Long> openingIds) {
        Map<Long, Map<Stage, Long>> counts = new HashMap<>();
        if (openingIds.isEmpty()) {
            return counts;
        }
        EntityManager em = Opening.getEntityManager();
        List<Object[]> rows = em.createQuery("select a.opening.id, a.stage, count(a) from Application a "
                        + "where a.opening.id in :ids and a.status in (ACTIVE, HIRED) group by a.opening.id, a.stage",
                Object[].class).setParameter("ids", openingIds).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Stage.class)).put((Stage) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** What the list is narrowed to: words in the title, a status, a role type. */
    public record Filters(String q, OpeningStatus status, RoleType roleType) {
        public static Filters parse(String q, String status, String roleType) {
            if (StorableText.hasNul(q)) {
                throw InvalidInput.of("q", StorableText.NUL);
            }
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

    public record Row(Opening opening, Map<Stage, Long> byStage) {
        public long at(Stage stage) {
            return byStage.getOrDefault(stage, 0L);
        }

        public long inProcess() {
            return byStage.entrySet().stream().filter(e -> e.getKey() != Stage.HIRED).mapToLong(Map.Entry::getValue).sum();
        }
    }
}
