package app.rounddown.web;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key of this request, when it sent one, and the fingerprint of what it asked for. */
@RequestScoped
public class IdempotencyKey {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private String key;
    private String fingerprint;

    void set(String key, String fingerprint) {
        this.key = key;
        this.fingerprint = fingerprint;
    }

    boolean present() {
        return key != null;
    }

    String key() {
        return key;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** 1 to 200 visible ASCII characters, such as a UUID. */
    static boolean wellFormed(String key) {
        return key != null && !key.isEmpty() && key.length() <= 200 && key.chars().allMatch(c -> c > 32 && c < 127);
    }
}
