package app.rounddown.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
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

    /** One field's value before and after; null where there was none. */
    public record Change(String before, String after) {
    }
}
