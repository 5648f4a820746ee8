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
}
