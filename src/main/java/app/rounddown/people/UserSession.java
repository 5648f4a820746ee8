package app.rounddown.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One signed-in browser. The cookie holds a random secret; this row only its hash, so a copy of the table opens nothing. */
@Entity
public class UserSession extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long userId;
    public String secretHash;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant endedAt;
    public String userAgent;
    public String address;

    boolean isOpen() {
        return endedAt == null;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    /** "Firefox on Linux" rather than the whole user-agent string. */
    public String browser() {
        return Browsers.describe(userAgent);
    }
}
