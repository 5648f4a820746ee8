package app.rounddown.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A personal API token: a script acting as its owner, until it expires or is revoked. Only a hash is kept. */
@Entity
public class ApiToken extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long userId;
    public String name;
    public String secretHash;
    /** The token's first characters, so its owner can tell which one a script uses. */
    public String hint;
    public boolean readOnly;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant revokedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public String state(Instant now) {
        return revokedAt != null ? "Revoked" : expiresAt.isAfter(now) ? "Active" : "Expired";
    }
}
