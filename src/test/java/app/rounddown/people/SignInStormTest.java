package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.From;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 1: wrong-password traffic used to take the app down for signed-in people (500s after a 5 s wait
 * for a database connection). Bounded here to a few seconds; scripts/sign-in-storm runs the full 15 s benchmark
 * against the packaged app with production's bcrypt cost.
 */
@QuarkusTest
class SignInStormTest {
    private static final int ATTACKERS = 40;
    private static final long STORM_MILLIS = 4_000;

    @Inject
    PasswordChecks checks;
    @Inject
    Database database;

    @Test
    void aStormOfWrongPasswordsLeavesSignedInPeopleUntouched() throws Exception {
        Fixtures.Person user = Fixtures.person("Busy Recruiter", "RECRUITER");
        Fixtures.Person target = Fixtures.person("Storm Target", "RECRUITER");
        String session = SignIn.throughTheForm(user.email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
        // The page's HTML is checked elsewhere; here only its answer and its time count.
        given().noFilters().auth().none().cookie(Sessions.COOKIE, session).get("/openings").then().statusCode(200);
        long until = System.currentTimeMillis() + STORM_MILLIS;
        Map<Integer, AtomicInteger> attackerAnswers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS);
        try {
            List<Future<?>> attackers = new ArrayList<>();
            for (int i = 0; i < ATTACKERS; i++) {
                String address = "127.0.0." + (100 + i);
                boolean madeUp = i % 2 == 0;
                attackers.add(pool.submit(() -> {
                    Response page = From.address(address).noFilters().auth().none().get("/signin");
                    int tries = 0;
                    while (System.currentTimeMillis() < until) {
                        String email = madeUp ? "nobody-" + tries + "-" + address + "@example.com" : target.email();
                        int status = From.address(address).noFilters().auth().none().redirects().follow(false)
                                .cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                                .formParam("_csrf", Browser.csrfToken(page)).formParam("email", email)
                                .formParam("password", "wrong " + tries++).post("/signin").statusCode();
                        attackerAnswers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            List<Long> latencies = new ArrayList<>();
            Map<Integer, Integer> userAnswers = new TreeMap<>();
            while (System.currentTimeMillis() < until || latencies.size() < 20) {
                long start = System.nanoTime();
                int status = given().noFilters().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session)
                        .get("/openings").statusCode();
                latencies.add((System.nanoTime() - start) / 1_000_000);
                userAnswers.merge(status, 1, Integer::sum);
            }
            for (Future<?> attacker : attackers) {
                attacker.get();
            }
            latencies.sort(Long::compare);
            System.out.printf("Sign-in storm: %d attackers, answers %s; signed-in user: %d requests, answers %s, "
                            + "p50 %d ms, p99 %d ms, at most %d password checks at once%n", ATTACKERS, attackerAnswers,
                    latencies.size(), userAnswers, latencies.get(latencies.size() / 2),
                    latencies.get(latencies.size() * 99 / 100), checks.mostAtOnce());
            assertEquals(Map.of(200, latencies.size()), userAnswers, "every request of the signed-in user succeeds");
            assertTrue(attackerAnswers.keySet().stream().allMatch(status -> status == 400 || status == 429),
                    "wrong passwords get 400 or 429, never a server error: " + attackerAnswers);
            assertTrue(attackerAnswers.containsKey(429), "excess attempts are turned away at once: " + attackerAnswers);
            assertTrue(checks.mostAtOnce() <= checks.limit(), checks.mostAtOnce() + " checks ran at once");
        } finally {
            pool.shutdownNow();
            database.update("delete from sign_in_failure where address like '127.0.0.1__'");
        }
    }
}
