package app.rounddown.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
