package app.rounddown.support;

import app.rounddown.web.Digests;
import io.quarkus.arc.Arc;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tests call the API as scripts do, with a personal API token. Made straight in the database (the profile page's
 * own tests make them through the page), once per person and test run.
 */
public final class ApiTokensForTests {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private ApiTokensForTests() {
    }

    public static String of(String email) {
        return TOKENS.computeIfAbsent(email.toLowerCase(), key -> make(email, false));
    }

    /** A fresh token of this person, read-only or not. */
    public static String make(String email, boolean readOnly) {
        String plain = "rdt_" + UUID.randomUUID().toString().replace("-", "") + "x";
        int made = Arc.container().instance(Database.class).get().update("""
                insert into api_token (user_id, name, secret_hash, hint, read_only, created_at, expires_at)
                select id, 'tests', ?, ?, ?, now(), now() + interval '7 days' from app_user where lower(email) = lower(?)""",
                Digests.sha256(plain), plain.substring(0, 10), readOnly, email);
        if (made != 1) {
            throw new IllegalStateException("no account for " + email);
        }
        return plain;
    }
}
