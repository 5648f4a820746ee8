package app.rounddown.people;

import app.rounddown.audit.AuditEntry;
import app.rounddown.audit.RecordKinds;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's view of every write, newest first, filtered by who, what kind of record and when. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Page<AuditEntry> entries, Filter filter, List<User> people,
                                             Set<Map.Entry<String, String>> entityTypes, String problem);
    }

    /** The filters as typed, so the form shows them again. */
    public record Filter(String actorId, String type, String from, String to) {
        public String query() {
            return "actorId=" + nonNull(actorId) + "&type=" + nonNull(type) + "&from=" + nonNull(from) + "&to="
                    + nonNull(to) + "&";
        }

        private static String nonNull(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static LocalDate day(String text) {
        LocalDate day = LocalDate.parse(text.strip());
        if (day.getYear() < 2000 || day.getYear() > 2999) {
            throw new DateTimeException("out of range");
        }
        return day;
    }

    @GET
    public TemplateInstance list(@QueryParam("actorId") String actorId, @QueryParam("type") String type,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page) {
        Filter filter = new Filter(actorId, type, from, to);
        PageRequest request = PageRequest.parse(page, "50");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String problem = null;
        try {
            if (actorId != null && !actorId.isBlank()) {
                conditions.add("e.actorId = :actor");
                parameters.put("actor", Long.valueOf(actorId));
            }
            if (type != null && RecordKinds.ALL.containsKey(type)) {
                conditions.add("e.entityType = :type");
                parameters.put("type", type);
            }
            if (from != null && !from.isBlank()) {
                conditions.add("e.occurredAt >= :from");
                parameters.put("from", day(from).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (to != null && !to.isBlank()) {
                conditions.add("e.occurredAt < :to");
                parameters.put("to", day(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        } catch (NumberFormatException e) {
            problem = "Choose the person from the list; the filters were not applied.";
            conditions.clear();
            parameters.clear();
        } catch (DateTimeException e) {
            problem = "Use dates like 2026-11-23 between the years 2000 and 2999; the filters were not applied.";
            conditions.clear();
            parameters.clear();
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEntry> items = AuditEntry.getEntityManager()
                .createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = AuditEntry.getEntityManager().createQuery("select count(e) from AuditEntry e" + where,
                Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntry> entries = items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<User> people = User.<User>find("order by lower(name), id").page(0, 500).list();
        return Templates.audit(Page.of(entries, request, count.getSingleResult()), filter, people, RecordKinds.ALL.entrySet(), problem);
    }
}
