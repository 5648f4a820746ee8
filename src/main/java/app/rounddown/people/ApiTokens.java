package app.rounddown.people;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.web.Digests;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens for scripts, sent as {@code Authorization: Bearer rdt_...}. Checking one is a hash and one
 * indexed read, not a password check, so a script may call as often as it likes.
 */
@ApplicationScoped
public class ApiTokens {
    static final String PREFIX = "rdt_";
    public static final Set<Integer> LIFETIMES_IN_DAYS = Set.of(7, 30, 90, 365);
    private static final Duration USED_EVERY = Duration.ofMinutes(1);
    private static final int MAX_PER_PERSON = 50;

    /** Who a token acts for, and whether it may only read. */
    public record Holder(long tokenId, long userId, boolean readOnly) {
    }

    /** A new token: its secret is in {@code plain}, shown this once. */
    public record Issued(ApiToken token, String plain) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    Audit audit;

    @Transactional
    public Issued issue(long userId, String name, int days, boolean readOnly) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw InvalidInput.of("tokenName", "Name the token after the script that will use it.");
        }
        if (clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of("tokenName", "Use one line of at most 100 characters.");
        }
        if (!LIFETIMES_IN_DAYS.contains(days)) {
            throw InvalidInput.of("days", "Choose how long the token lasts: 7, 30, 90 or 365 days.");
        }
        if (ApiToken.count("userId = ?1 and revokedAt is null and expiresAt > ?2", userId, Instant.now())
                >= MAX_PER_PERSON) {
            throw InvalidInput.of("tokenName", "You have " + MAX_PER_PERSON + " active tokens; revoke one you no longer use.");
        }
        String plain = PREFIX + Secrets.randomToken();
        ApiToken token = new ApiToken();
        token.userId = userId;
        token.name = clean;
        token.secretHash = Digests.sha256(plain);
        token.hint = plain.substring(0, PREFIX.length() + 6);
        token.readOnly = readOnly;
        token.createdAt = Instant.now();
        token.expiresAt = token.createdAt.plus(Duration.ofDays(days));
        token.persist();
        audit.record("user", userId, "token-created", "API token made: " + clean + (readOnly ? " (read-only)" : ""),
                Map.of("expiresAt", new AuditEntry.Change(null, token.expiresAt.toString())), null);
        return new Issued(token, plain);
    }

    /** The holder of a token that is neither expired nor revoked; notes its use at most once a minute. */
    @Transactional
    public Optional<Holder> find(String plain) {
        if (plain == null || !plain.startsWith(PREFIX) || plain.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with found as (
                            select id, user_id, read_only, last_used_at from api_token
                             where secret_hash = ?1 and revoked_at is null and expires_at > ?2),
                        used as (
                            update api_token t set last_used_at = ?2 from found
                             where t.id = found.id and (found.last_used_at is null or found.last_used_at < ?3)
                            returning t.id)
                        select id, user_id, read_only from found""")
                .setParameter(1, Digests.sha256(plain)).setParameter(2, now).setParameter(3, now.minus(USED_EVERY))
                .getResultList();
        return rows.stream().findFirst().map(row -> new Holder(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (Boolean) row[2]));
    }

    public List<ApiToken> of(long userId) {
        return ApiToken.<ApiToken>find("userId = ?1 order by revokedAt nulls first, createdAt desc, id desc", userId)
                .page(0, MAX_PER_PERSON * 2).list();
    }

    /** Revokes one of this person's tokens; false when it is not theirs or already revoked. */
    @Transactional
    public boolean revokeOwn(long userId, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and userId = ?2", tokenId, userId).firstResult();
        if (token == null || token.revokedAt != null) {
            return false;
        }
        token.revokedAt = Instant.now();
        audit.record("user", userId, "token-revoked", "API token revoked: " + token.name, Map.of(), null);
        return true;
    }

    /** Every token of this person, as when they leave: a later reactivation does not bring tokens back. */
    @Transactional
    public int revokeAll(long userId) {
        return ApiToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", Instant.now(), userId);
    }
}
