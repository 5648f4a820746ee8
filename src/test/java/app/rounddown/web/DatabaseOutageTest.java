package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new RuntimeException(new IllegalStateException(new ConnectException()))));
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causes(new SQLException("connection failure", "08006")));
    }

    @Test
    void aBrokenQueryIsNotAnOutage() {
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.causes(new NullPointerException()));
    }
}
