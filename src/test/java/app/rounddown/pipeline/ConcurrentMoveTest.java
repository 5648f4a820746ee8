package app.rounddown.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentMoveTest {
    private static final int PEOPLE = 12;

    @Inject
    Database database;

    @Test
    void whenManyPeopleMoveTheSameApplicationAtOnceExactlyOneWins() throws Exception {
        long id = Fixtures.janeApplied();
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Callable<Integer> move = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                            .post("/api/applications/" + id + "/moves").statusCode();
                };
                results.add(pool.submit(move));
            }
            start.countDown();
            int won = 0;
            int toldStale = 0;
            for (Future<Integer> result : results) {
                int status = result.get();
                if (status == 201) {
                    won++;
                } else if (status == 409) {
                    toldStale++;
                }
            }
            assertEquals(1, won);
            assertEquals(PEOPLE - 1, toldStale);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, database.count("select count(*) from application_event where application_id = ? "
                + "and kind = 'MOVED'", id));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
    }

    @Test
    void aMoveThatLosesARaceToARejectionIs409NamingWhoRejectedAndWhen() throws Exception {
        long id = Fixtures.janeApplied();
        Fixtures.Person rita = Fixtures.rita();
        Fixtures.Person ada = Fixtures.ada();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Database.Held row = database.hold("select id from application where id = ? for update", id)) {
            // Neither says which status it saw (seenStatus is optional); both saw Jane active at Applied.
            Future<Response> rejection = pool.submit(() -> reject(rita, id));
            database.awaitLockWaiters(1);
            Future<Response> move = pool.submit(() -> move(ada, id));
            database.awaitLockWaiters(2);
            row.close();
            assertEquals(201, rejection.get().statusCode());
            Response lost = move.get();
            assertEquals(409, lost.statusCode(), lost.asString());
            assertLostTo(lost, "Rita Recruiter", id, "REJECTED");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, database.events(id));
        assertEquals("APPLIED REJECTED", database.text("select stage || ' ' || status from application where id = ?", id));
    }

    @Test
    void whenAMoveAndARejectionRaceTheLoserIsToldWhoWonAndWhenAndOnlyOneIsWritten() throws Exception {
        long id = Fixtures.janeApplied();
        Fixtures.Person rita = Fixtures.rita();
        Fixtures.Person ada = Fixtures.ada();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Response moved;
        Response rejected;
        try (Database.Held row = database.hold("select id from application where id = ? for update", id)) {
            Future<Response> move = pool.submit(() -> {
                start.await();
                return move(ada, id);
            });
            Future<Response> rejection = pool.submit(() -> {
                start.await();
                return reject(rita, id);
            });
            start.countDown();
            database.awaitLockWaiters(2);
            row.close();
            moved = move.get();
            rejected = rejection.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of(201, 409), Set.of(moved.statusCode(), rejected.statusCode()),
                moved.asString() + rejected.asString());
        if (moved.statusCode() == 201) {
            assertLostTo(rejected, "Ada Admin", id, "MOVED");
            assertEquals("CULTURE ACTIVE", database.text("select stage || ' ' || status from application where id = ?", id));
        } else {
            assertLostTo(moved, "Rita Recruiter", id, "REJECTED");
            assertEquals("APPLIED REJECTED", database.text("select stage || ' ' || status from application where id = ?", id));
        }
        assertEquals(2, database.events(id));
    }

    private static Response move(Fixtures.Person who, long id) {
        return who.calls().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves");
    }

    private static Response reject(Fixtures.Person who, long id) {
        return who.calls().contentType(ContentType.JSON)
                .body(Map.of("seenStage", "APPLIED", "category", "EXPERIENCE", "reason", "Too junior"))
                .post("/api/applications/" + id + "/rejections");
    }

    /** The message names the winner and the time of their change, as the loser (in Europe/London) reads it. */
    private void assertLostTo(Response lost, String winner, long id, String kind) {
        String clock = database.text("select to_char(occurred_at at time zone 'Europe/London', 'HH24:MI') "
                + "from application_event where application_id = ? and kind = ?", id, kind);
        String message = lost.jsonPath().getString("message");
        assertTrue(message.contains(winner) && message.contains(clock), message);
        assertEquals(winner, lost.jsonPath().getString("details.changedBy"));
    }
}
