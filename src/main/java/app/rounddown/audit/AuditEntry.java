package app.rounddown.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One write, kept for good: who, when, what, and each changed field before and after. */
@Entity
@Immutable
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long actorId;
    public String actorName;
    public Instant occurredAt;
    public String entityType;
    public Long entityId;
    public String action;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Change> changes;
    public Long candidateId;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Change>> CHANGES = new TypeReference<>() {
    };

    /** One field's value before and after; null where there was none. */
    public record Change(String before, String after) {
    }

    /** The {@code changes} column read as text by a native statement, in the same form as {@link #changes}. */
    public static Map<String, Change> changesFrom(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_entry.changes is not the JSON this application writes", e);
        }
    }
}
