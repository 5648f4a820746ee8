package app.rounddown.dossier;

import app.rounddown.candidate.Source;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Option;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate list: who, for which opening, at which stage and status, and when anything last happened to them,
 * searched (names, e-mails, notes, CVs, takeaways; see {@link CandidateFinder}) and filtered by opening, stage,
 * status and source. One row per candidate showing their most recently moved application that matches the filters.
 * Interviewers find only the candidates they interview. Each row is read as a projection of what the page shows.
 */
public final class CandidateList {
    private CandidateList() {
    }

    /** What the list is filtered by; empty means any. */
    public record Filters(String q, Long openingId, Stage stage, ApplicationStatus status, Source source) {

        public static Filters parse(String q, String opening, String stage, String status, String source) {
            return new Filters(q == null ? "" : q.strip(), openingId(opening),
                    choice(Stage.class, "stage", stage, "Choose a stage from the list."),
                    choice(ApplicationStatus.class, "status", status, "Choose a status from the list."),
                    choice(Source.class, "source", source, "Choose a source from the list."));
        }

        /** Whether a filter about applications is set, so candidates without a matching application are left out. */
        boolean onApplications() {
            return openingId != null || stage != null || status != null;
        }

        public boolean any() {
            return !q.isEmpty() || onApplications() || source != null;
        }

        /** The filters as a query string, for the pager's links. */
        public String query() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("q", q);
            values.put("opening", openingId == null ? "" : openingId.toString());
            values.put("stage", stage == null ? "" : stage.name());
            values.put("status", status == null ? "" : status.name());
            values.put("source", source == null ? "" : source.name());
            StringBuilder query = new StringBuilder();
            values.forEach((name, value) -> {
                if (!value.isEmpty()) {
                    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
                }
            });
            return query.toString();
        }

        private static Long openingId(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("opening", "Choose an opening from the list.");
            }
        }

        static <E extends Enum<E>> E choice(Class<E> type, String field, String value, String message) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of(field, message);
            }
        }
    }

    /** One line of the list. The application's fields are empty for a candidate who has not applied anywhere. */
    public record Row(long candidateId, String name, String email, Source source, String openingTitle, Stage stage,
                      ApplicationStatus status, int applications, Instant lastActivity) {
        public Optional<String> otherApplications() {
            return applications > 1 ? Optional.of("+" + (applications - 1) + " more") : Optional.empty();
        }
    }

    /**
     * The page: with words to search for, the full-text search ({@link CandidateFinder}); without, everyone the
     * searcher may find, alphabetically. Either way two statements at most, and the count stops at the cap.
     */
    public static CandidateFinder.Results page(EntityManager em, Filters filters, CandidateFinder.Searcher searcher,
                                               PageRequest request, int cap) {
        if (!filters.q().isEmpty()) {
            return CandidateFinder.search(em, filters, searcher, request, cap);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean everyone = searcher.findsEveryone();
        if (!everyone) {
            parameters.put("me", searcher.userId());
        }
        String onApplication = applicationConditions(filters, parameters);
        String from = "from candidate c left join lateral (select x.opening_id, x.stage, x.status, x.stage_entered_at "
                + "from application x where x.candidate_id = c.id" + onApplication
                + " order by x.stage_entered_at desc, x.id desc limit 1) a on true "
                + "left join opening o on o.id = a.opening_id where "
                + CandidateFinder.scope("c.id", everyone, filters, onApplication, parameters);
        Query rows = em.createNativeQuery("select c.id, c.name, c.email, c.source, o.title, a.stage, a.status, "
                + "(select count(*) from application n where n.candidate_id = c.id), "
                + "coalesce(greatest(a.stage_entered_at, (select max(e.occurred_at) from audit_entry e "
                + "where e.candidate_id = c.id)), c.created_at), "
                + CandidateFinder.interviewLink("c.id", everyone) + " "
                + from + " order by lower(c.name), c.id");
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(request.offset()).setMaxResults(request.size());
        List<CandidateFinder.Found> items = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] row = (Object[]) result;
            long id = ((Number) row[0]).longValue();
            Row listed = new Row(id, (String) row[1], (String) row[2],
                    Source.valueOf((String) row[3]), (String) row[4], row[5] == null ? null : Stage.valueOf((String) row[5]),
                    row[6] == null ? null : ApplicationStatus.valueOf((String) row[6]), ((Number) row[7]).intValue(),
                    SqlValues.instant(row[8]));
            items.add(new CandidateFinder.Found(listed, row[9] == null ? "/candidates/" + id : "/interviews/" + row[9],
                    null));
        }
        // Counting a hundred thousand rows to print one number is most of a page's time: count up to the cap.
        Query count = em.createNativeQuery("select count(*) from (select 1 " + from + " limit :bound) b");
        parameters.forEach(count::setParameter);
        count.setParameter("bound", cap + 1);
        long total = ((Number) count.getSingleResult()).longValue();
        return new CandidateFinder.Results(items, request.page(), request.size(), Math.min(total, cap), total > cap);
    }

    /** The conditions on the application {@code x} that the opening, stage and status filters ask for. */
    static String applicationConditions(Filters filters, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (filters.openingId() != null) {
            sql.append(" and x.opening_id = :opening");
            parameters.put("opening", filters.openingId());
        }
        if (filters.stage() != null) {
            sql.append(" and x.stage = :stage");
            parameters.put("stage", filters.stage().name());
        }
        if (filters.status() != null) {
            sql.append(" and x.status = :status");
            parameters.put("status", filters.status().name());
        }
        return sql.toString();
    }

    /**
     * The newest 200 openings to filter by, in one statement: all of them; or for an interviewer, who does not see the
     * openings list, those of the candidates they interview.
     */
    @SuppressWarnings("unchecked")
    public static List<Option> openings(EntityManager em, CandidateFinder.Searcher searcher, Long chosen) {
        Query query = em.createNativeQuery("select o.id, o.title from opening o "
                + (searcher.findsEveryone() ? "" : "where o.id in (select a.opening_id from interview_assignment s "
                + "join application a on a.id = s.application_id where s.interviewer_id = :me) ")
                + "order by o.created_at desc, o.id desc limit 200");
        if (!searcher.findsEveryone()) {
            query.setParameter("me", searcher.userId());
        }
        return Option.of(query.getResultList(), chosen);
    }
}
