package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An Instant reaches PostgreSQL as a timestamp with time zone. Sent as a java.sql.Timestamp, its type is left for the
 * server to guess: pgjdbc then describes the statement, and sends every later execution of it a round trip of its own
 * first (a Sync), one more on every signed-in request, since the session lookup has such parameters.
 */
@QuarkusTest
class InstantParametersTest {
    @Inject
    EntityManager em;

    @Test
    void aNativeQuerysInstantIsATimestampWithTimeZone() {
        assertEquals("timestamp with time zone", em.createNativeQuery("select cast(pg_typeof(?1) as text)")
                .setParameter(1, Instant.parse("2026-12-02T10:00:00Z")).getSingleResult());
    }

    @Test
    void theMomentArrivesToTheMicrosecond() {
        assertEquals("2026-12-02T10:00:00.123456", em.createNativeQuery("select to_char(cast(?1 as timestamptz) "
                + "at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')")
                .setParameter(1, Instant.parse("2026-12-02T10:00:00.123456Z")).getSingleResult());
    }
}
