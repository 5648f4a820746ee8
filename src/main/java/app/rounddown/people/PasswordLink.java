package app.rounddown.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** A one-time link to set a password. Only the SHA-256 of its secret is stored; the secret is only in the message. */
@Entity
public class PasswordLink extends PanacheEntityBase {

    /** Why the link was sent, which sets how long it works. */
    public enum Purpose {
        INVITATION(Duration.ofHours(72)), RESET(Duration.ofHours(2));

        private final Duration life;

        Purpose(Duration life) {
            this.life = life;
        }

        public Duration life() {
            return life;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long userId;
    public String tokenHash;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant usedAt;

    public boolean worksAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
