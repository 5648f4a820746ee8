package app.rounddown.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Instances;
import app.rounddown.support.Statements;
import app.rounddown.web.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Retention: candidates not hired and with no activity for a configurable period (default 24 months) are listed for
 * erasure on an admin page; a scheduled job erases them after the period plus a notice period, and the list shows
 * what will go when."
 */
@QuarkusTest
class RetentionTest {
    @Inject
    Database database;
    @Inject
    Retention retention;
    @Inject
    RetentionJob job;

    /** A candidate added {@code monthsAgo} months (and {@code daysAgo} days) before now, with nothing since. */
    private long quietSince(String name, int monthsAgo, int daysAgo) {
        OffsetDateTime added = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo).minusDays(daysAgo);
        return database.count("insert into candidate (name, email, time_zone, source, created_at) values (?, ?, "
                + "'Europe/London', 'INBOUND', ?) returning id", Fixtures.unique(name), Fixtures.email(), added);
    }

    private long applicationOf(long candidateId, String stage, String status, OffsetDateTime at) {
        return database.count("insert into application (candidate_id, opening_id, stage, status, stage_entered_at, "
                + "created_at) values (?, ?, ?, ?, ?, ?) returning id", candidateId, Fixtures.openingTae(), stage, status,
                at, at);
    }

    private Map<Long, Retention.Due> listed(Instant now) {
        return retention.page(new PageRequest(0, PageRequest.MAX_SIZE), now).due().items().stream()
                .collect(Collectors.toMap(Retention.Due::id, due -> due));
    }

    @Test
    void theListShowsWhoIsDueWithTheirLastActivityAndWhenTheyWillBeErasedLeavingOutTheHiredAndTheActive() {
        Instant now = Instant.now();
        long longQuiet = quietSince("Long Quiet", 30, 0);
        long inNotice = quietSince("In Notice", 24, 10);
        long hired = quietSince("Hired Person", 30, 0);
        applicationOf(hired, "HIRED", "HIRED", OffsetDateTime.now(ZoneOffset.UTC).minusMonths(29));
        long noted = quietSince("Recently Noted", 30, 0);
        database.update("insert into candidate_note (candidate_id, author_id, body) values (?, ?, 'Called them today')",
                noted, Fixtures.rita().id());
        long recentMove = quietSince("Recently Moved", 30, 0);
        OffsetDateTime moved = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(3);
        long application = applicationOf(recentMove, "APPLIED", "REJECTED", moved);
        database.update("insert into application_event (application_id, kind, actor, occurred_at, to_stage, to_status) "
                + "values (?, 'REJECTED', 'Rita', ?, 'APPLIED', 'REJECTED')", application, moved);
        long fresh = quietSince("Fresh Person", 1, 0);

        Map<Long, Retention.Due> listed = listed(now);

        assertTrue(listed.containsKey(longQuiet), "quiet for 30 months: due");
        assertTrue(listed.containsKey(inNotice), "quiet for 24 months and 10 days: due, in the notice period");
        assertFalse(listed.containsKey(hired), "hired candidates are never listed");
        assertFalse(listed.containsKey(noted), "a note is activity");
        assertFalse(listed.containsKey(recentMove), "a change to an application is activity");
        assertFalse(listed.containsKey(fresh), "quiet for a month only");
        Retention.Due due = listed.get(inNotice);
        Instant added = Instant.parse(database.text("select to_char(created_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from candidate where id = ?", inNotice));
        assertEquals(added, due.lastActivity());
        assertEquals(added.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant(), due.dueAt(), "due 24 months after");
        assertEquals(due.dueAt().atOffset(ZoneOffset.UTC).plusDays(30).toInstant(), due.erasedOn(),
                "erased 30 days (the notice) later");
        assertFalse(due.pastNotice(now));
        assertTrue(listed.get(longQuiet).pastNotice(now));

        String page = given().get("/privacy/retention?page=0").then().statusCode(200).extract().asString();
        assertTrue(page.contains("no activity for 24 months"), page);
        assertTrue(page.contains("A candidate&#39;s last activity is the latest of"), page);
    }

    @Test
    void theJobErasesThosePastTheNoticeOnceEvenOnSeveralInstancesAtOnceAndLeavesTheRest() throws Exception {
        Instant now = Instant.now();
        List<Long> pastNotice = List.of(quietSince("Past Notice", 26, 0), quietSince("Past Notice", 27, 0),
                quietSince("Past Notice", 28, 0));
        long inNotice = quietSince("Still In Notice", 24, 5);

        Instances.runAtOnce(3, () -> job.eraseDue(now));

        for (long id : pastNotice) {
            assertEquals(1, database.count("select count(*) from candidate_erasure where candidate_id = ? and cause = "
                    + "'RETENTION' and erased_by = 'retention'", id), "erased exactly once");
            assertEquals("Erased candidate " + id, database.text("select name from candidate where id = ?", id));
            assertEquals("retention", database.text("select actor_name from audit_entry where candidate_id = ? and "
                    + "action = 'erased'", id));
        }
        assertEquals(0, database.count("select count(*) from candidate_erasure where candidate_id = ?", inNotice));
        assertFalse(listed(now).keySet().stream().anyMatch(pastNotice::contains), "erased candidates leave the list");
        assertEquals(0, job.eraseDue(now), "a second run finds nobody left");
    }

    @Test
    void theRetentionPageRunsTheSameStatementsWhateverTheNumberOfCandidatesDue() {
        Runnable show = () -> given().get("/privacy/retention").then().statusCode(200);
        show.run();
        long before = Statements.during(show);
        for (int i = 0; i < 5; i++) {
            quietSince("Counted Quiet", 25, i);
        }
        assertEquals(before, Statements.during(show));
    }

    @Test
    void onlyAdminsSeeTheRetentionList() {
        for (Fixtures.Person other : List.of(Fixtures.rita(), Fixtures.hannah(), Fixtures.simon())) {
            other.calls().get("/privacy/retention").then().statusCode(403);
        }
        given().get("/privacy/retention").then().statusCode(200);
    }

    @Test
    void aPageNumberThatIsNotANumberIsRefused() {
        given().get("/privacy/retention?page=soon").then().statusCode(400);
    }
}
