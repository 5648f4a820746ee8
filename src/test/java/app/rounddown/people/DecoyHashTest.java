package app.rounddown.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Sign-in with an e-mail that has no account checks a decoy hash, "the same work, so timing does not tell which
 * e-mails have accounts": the decoy written into the code must cost what a real password costs.
 */
class DecoyHashTest {

    @Test
    void theWrittenDecoyIsABcryptHashAtTheCostRealPasswordsUse() throws Exception {
        BCryptPassword decoy = (BCryptPassword) ModularCrypt.decode(Passwords.DECOY_AT_DEFAULT_COST);
        assertEquals(Passwords.DEFAULT_COST, decoy.getIterationCount());
        BCryptPassword real = (BCryptPassword) ModularCrypt.decode(
                io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("a password someone chose", Passwords.DEFAULT_COST));
        assertEquals(real.getIterationCount(), decoy.getIterationCount());
        assertFalse(Passwords.matches("a password someone chose", Passwords.DECOY_AT_DEFAULT_COST));
    }
}
