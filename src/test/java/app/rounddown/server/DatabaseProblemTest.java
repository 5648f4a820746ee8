package app.rounddown.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseProblemTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/hiring?password=hunter2&ssl=true";

    @Test
    void thePasswordInAnAddressIsNeverPrinted() {
        assertEquals("jdbc:postgresql://db.example:5432/hiring?password=***&ssl=true", DatabaseProblem.withoutPassword(URL));
        assertFalse(DatabaseProblem.explain(URL, "app", new SQLException("x", "08001")).contains("hunter2"));
    }

    @Test
    void aRefusedConnectionSaysToCheckTheServerAndPort() {
        String text = DatabaseProblem.explain(URL, "app",
                new SQLException("Connection to db.example:5432 refused.", "08001", new ConnectException("refused")));
        assertTrue(text.startsWith("Rounddown cannot use the database at jdbc:postgresql://db.example:5432/hiring"), text);
        assertTrue(text.contains("the connection was refused"), text);
        assertTrue(text.contains("leave QUARKUS_DATASOURCE_JDBC_URL unset"), text);
    }

    @Test
    void refusedCredentialsNameTheUserAndTheSettingsToCheck() {
        String text = DatabaseProblem.explain(URL, "app",
                new SQLException("FATAL: password authentication failed for user \"app\"", "28P01"));
        assertTrue(text.contains("the server refused user \"app\""), text);
        assertTrue(text.contains("QUARKUS_DATASOURCE_PASSWORD"), text);
    }

    @Test
    void aMissingDatabaseSaysHowToCreateOne() {
        String text = DatabaseProblem.explain(URL, "app", new SQLException("FATAL: database \"hiring\" does not exist", "3D000"));
        assertTrue(text.contains("the server has no such database"), text);
        assertTrue(text.contains("createdb"), text);
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        String text = DatabaseProblem.explain(URL, "app", new SQLException("x", "08001", new UnknownHostException("db.example")));
        assertTrue(text.contains("the host name is unknown"), text);
    }
}
