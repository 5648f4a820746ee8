package app.rounddown.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.spec.InvalidKeySpecException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing; the rule for a good password lives here too. */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    /** bcrypt's work factor: 12 in use; the test profile lowers it, since tests make many accounts. */
    static final int DEFAULT_COST = 12;
    private static final int COST = ConfigProvider.getConfig().getOptionalValue("rounddown.password.cost", Integer.class)
            .orElse(DEFAULT_COST);
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private Passwords() {
    }

    /**
     * A hash of nothing anyone knows, checked when there is no account, at the same cost as a real one. At the cost in
     * use it is written here (made once from a random value that was not kept; knowing it would not open any account,
     * since it is only checked when there is none): made at start-up, it took about half a second of CPU beside the
     * start-up (about 0.1 s of its time on two cores). At another cost (the tests') it is made on first use, or by
     * {@link SignIns} in the background.
     */
    static String decoyHash() {
        return decoyWritten() ? DECOY_AT_DEFAULT_COST : Decoy.HASH;
    }

    /** Whether the decoy for the cost in use is written here, so nothing needs making. */
    static boolean decoyWritten() {
        return COST == DEFAULT_COST;
    }

    static final String DECOY_AT_DEFAULT_COST = "$2a$12$mNItdqZQ9obJaHKmR77LJO03mbgP0khDGzfAmbr7o15gVM.UZsure";

    private static final class Decoy {
        static final String HASH = hash(java.util.UUID.randomUUID().toString());
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            return false;
        }
    }

    /** Why this password is not good enough, or null when it is. */
    public static String problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return "Enter a password.";
        }
        if (password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters; a short sentence is easy to remember.";
        }
        if (password.length() > 200) {
            return "Keep the password to 200 characters or fewer.";
        }
        return null;
    }
}
