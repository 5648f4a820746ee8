package app.rounddown.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Records writes in the audit log, inside the transaction that makes them. */
@ApplicationScoped
public class Audit {
    @Inject
    Actor current;

    /** A record's fields as text, to compare before and after a change. */
    public interface Snapshot {
        Map<String, Object> snapshot();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, long entityId, String summary, Map<String, Object> after, Long candidateId) {
        record(entityType, entityId, "created", summary, between(Map.of(), after), candidateId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, long entityId, String summary, Map<String, Object> before,
                        Map<String, Object> after, Long candidateId) {
        Map<String, AuditEntry.Change> changes = between(before, after);
        if (!changes.isEmpty()) {
            record(entityType, entityId, "updated", summary, changes, candidateId);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, String action, String summary,
                       Map<String, AuditEntry.Change> changes, Long candidateId) {
        AuditEntry entry = new AuditEntry();
        entry.actorId = current.actorId();
        entry.actorName = current.name();
        entry.occurredAt = Instant.now();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
        entry.changes = changes;
        entry.candidateId = candidateId;
        entry.persist();
    }

    public static Map<String, AuditEntry.Change> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        java.util.Set<String> fields = new java.util.TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(was, now)) {
                changes.put(field, new AuditEntry.Change(was, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
