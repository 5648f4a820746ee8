package app.rounddown.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private final Secrets secrets = new Secrets("a secret that is long enough for the tests here");

    @Test
    void whatIsEncryptedComesBackOnlyWithTheSameSecret() {
        String sealed = secrets.encrypt("42|1|2");
        assertNotEquals("42|1|2", sealed);
        assertEquals(Optional.of("42|1|2"), secrets.decrypt(sealed));
        assertEquals(Optional.empty(), new Secrets("another secret, also long enough for the tests").decrypt(sealed));
    }

    @Test
    void garbageAndTamperingDecryptToNothing() {
        String sealed = secrets.encrypt("42|1|2");
        char flipped = sealed.charAt(20) == 'A' ? 'B' : 'A';
        assertEquals(Optional.empty(), secrets.decrypt(sealed.substring(0, 20) + flipped + sealed.substring(21)));
        assertEquals(Optional.empty(), secrets.decrypt("bm90LWEtcmVhbC1zZXNzaW9u"));
        assertEquals(Optional.empty(), secrets.decrypt("%%%"));
        assertEquals(Optional.empty(), secrets.decrypt(""));
    }

    @Test
    void aSignatureProvesTheValue() {
        assertTrue(secrets.verify("nonce", secrets.sign("nonce")));
        assertFalse(secrets.verify("other", secrets.sign("nonce")));
        assertFalse(secrets.verify("nonce", null));
    }

    @Test
    void aSessionExpiresWhenIdleOrTooOld() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Duration idle = Duration.ofMinutes(30);
        Duration max = Duration.ofHours(12);
        assertFalse(new Session(1, "s", now.minusSeconds(3600), now.minusSeconds(60)).expired(now, idle, max));
        assertTrue(new Session(1, "s", now.minusSeconds(3600), now.minus(Duration.ofMinutes(31))).expired(now, idle, max));
        assertTrue(new Session(1, "s", now.minus(Duration.ofHours(13)), now).expired(now, idle, max));
        Session session = new Session(7, "stamp", Instant.ofEpochSecond(5), Instant.ofEpochSecond(9));
        assertEquals(Optional.of(session), Session.decode(session.encode()));
        assertEquals(Optional.empty(), Session.decode("7|stamp|x|9"));
    }
}
