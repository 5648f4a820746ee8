package app.rounddown.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A viewer lifted the blind first pass of one comparison. */
@Entity
@Table(name = "comparison_reveal")
@IdClass(ComparisonReveal.Key.class)
public class ComparisonReveal extends PanacheEntityBase {
    @Id
    public Long openingId;
    @Id
    public Long taskVersionId;
    @Id
    public Long viewerId;
    public Instant revealedAt = Instant.now();

    public static class Key implements Serializable {
        public Long openingId;
        public Long taskVersionId;
        public Long viewerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(openingId, key.openingId)
                    && java.util.Objects.equals(taskVersionId, key.taskVersionId) && java.util.Objects.equals(viewerId, key.viewerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(openingId, taskVersionId, viewerId);
        }
    }

    static boolean revealed(long openingId, long taskVersionId, long viewerId) {
        return count("openingId = ?1 and taskVersionId = ?2 and viewerId = ?3", openingId, taskVersionId, viewerId) > 0;
    }
}
