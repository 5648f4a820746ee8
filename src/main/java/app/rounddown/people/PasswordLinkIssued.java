package app.rounddown.people;

import java.time.Instant;

/**
 * A set-password link was made for someone; the mail room sends it, in the same transaction. The secret travels only
 * in this event and in the message, so {@link #toString()} leaves it out of anything that logs the event.
 */
public record PasswordLinkIssued(long userId, String token, PasswordLink.Purpose purpose, Instant expiresAt) {
    @Override
    public String toString() {
        return "PasswordLinkIssued[userId=" + userId + ", purpose=" + purpose + ", expiresAt=" + expiresAt + "]";
    }
}
