package app.rounddown.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {
    private final Secrets secrets = new Secrets("a secret that is long enough for the tests here");

    @Test
    void aSignatureProvesTheValue() {
        assertTrue(secrets.verify("nonce", secrets.sign("nonce")));
        assertFalse(secrets.verify("other", secrets.sign("nonce")));
        assertFalse(secrets.verify("nonce", null));
    }
}
