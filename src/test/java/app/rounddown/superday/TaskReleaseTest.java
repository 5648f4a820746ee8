package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The kick-off job runs on every instance; the task reaches the candidate once, at kick-off, never before. */
@QuarkusTest
class TaskReleaseTest {
    @Inject
    TaskReleases release;
    @Inject
    Database database;

    @Test
    void twoInstancesRunningTheJobAtKickOffReleaseTheTaskOnce() throws Exception {
        long task = task(Fixtures.unique("Acme first week"));
        long id = schedule(usualDay(janeAtSuperDay(), "UTC", LocalDate.now().atTime(0, 5), Fixtures.hannah().id(), task));
        Instances.runAtOnce(2, () -> release.releaseDue(Instant.now()));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'superday' "
                + "and entity_id = ? and action = 'released'", id));
        assertEquals(LocalDate.now() + " 00:05:00+00",
                database.text("select released_at at time zone 'UTC' || '+00' from superday where id = ?", id));
        assertEquals("IN_PROGRESS", database.text("select status from superday where id = ?", id));
    }

    @Test
    void beforeKickOffTheJobReleasesNothing() {
        long task = task(Fixtures.unique("Acme first week"));
        long id = schedule(usualDay(janeAtSuperDay(), "UTC", LocalDate.now().plusDays(20).atTime(9, 0),
                Fixtures.hannah().id(), task));
        release.releaseDue(Instant.now());
        assertNull(database.text("select released_at from superday where id = ?", id));
    }
}
