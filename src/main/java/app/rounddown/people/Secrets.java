package app.rounddown.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs anti-forgery tokens with one configured secret, so every app instance can check what another wrote and
 * nothing lives in server memory; and makes the random secrets of sessions and tokens.
 */
@ApplicationScoped
public class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec signingKey;

    public Secrets(@ConfigProperty(name = "rounddown.secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("rounddown.secret (ROUNDDOWN_SECRET) must be at least 32 characters.");
        }
        signingKey = new SecretKeySpec(derive(secret, "signing"), "HmacSHA256");
    }

    public static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            return ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String value, String signature) {
        return signature != null && MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] derive(String secret, String purpose) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
