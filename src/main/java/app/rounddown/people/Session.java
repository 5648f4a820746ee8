package app.rounddown.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the encrypted session cookie holds: who, since when, and when they were last seen. */
public record Session(long userId, String stamp, Instant signedInAt, Instant lastSeenAt) {
    public static final String COOKIE = "rd_session";

    String encode() {
        return userId + "|" + stamp + "|" + signedInAt.getEpochSecond() + "|" + lastSeenAt.getEpochSecond();
    }

    static Optional<Session> decode(String plain) {
        String[] parts = plain.split("\\|");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Session(Long.parseLong(parts[0]), parts[1],
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Idle too long, or signed in too long ago: either way, sign in again. */
    boolean expired(Instant now, Duration idleTimeout, Duration maxAge) {
        return lastSeenAt.plus(idleTimeout).isBefore(now) || signedInAt.plus(maxAge).isBefore(now);
    }

    /** The cookie is rewritten at most once a minute to keep the idle clock fresh. */
    boolean staleAt(Instant now) {
        return lastSeenAt.plusSeconds(60).isBefore(now);
    }

    Session seenAt(Instant now) {
        return new Session(userId, stamp, signedInAt, now);
    }
}
