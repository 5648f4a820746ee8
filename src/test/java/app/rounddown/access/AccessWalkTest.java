package app.rounddown.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Csrf;
import app.rounddown.people.User;
import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.JaxRsRoutes;
import app.rounddown.support.SuperDayFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every route the app serves (read from its resource classes, pages and API alike) for every role and for an anonymous caller, and checks that the access table is enforced.
 */
@QuarkusTest
class AccessWalkTest {
    /**
     * What a GET may write: which cards someone was shown (the one exception in STYLE), and when a session or API
     * token was last used (at most once a minute, bookkeeping rather than data).
     */
    private static final Set<String> SHOWN_CARDS = Stream.concat(Stream.of("scorecard_view"),
            Database.BOOKKEEPING.stream()).collect(Collectors.toSet());
    @Inject
    Database database;
    private Map<String, String> ids;
    private String csrfCookie;
    private String csrfToken;

    @BeforeEach
    void makeRecords() {
        long opening = Fixtures.opening(Fixtures.unique("Walked opening"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                Fixtures.marcus().id());
        long candidate = Fixtures.candidateJane();
        long application = Fixtures.application(candidate, opening);
        long assignment = ((Number) given().contentType("application/json").body(Map.of("applicationId", application,
                "stage", "CULTURE", "interviewerId", Fixtures.person("Walk Interviewer", "INTERVIEWER").id(),
                "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments").then().statusCode(201)
                .extract().path("id")).longValue();
        long superDay = SuperDayFixtures.schedule(SuperDayFixtures.usualDay(SuperDayFixtures.janeAtSuperDay(),
                "Europe/London", java.time.LocalDate.now().plusDays(30).atTime(9, 0), Fixtures.hannah().id(), null));
        ids = Map.of("opening", String.valueOf(opening), "candidate", String.valueOf(candidate),
                "application", String.valueOf(application), "assignment", String.valueOf(assignment),
                "user", String.valueOf(Fixtures.person("Walk Target", "INTERVIEWER").id()),
                "superday", String.valueOf(superDay), "task", String.valueOf(SuperDayFixtures.task(Fixtures.unique("Walked task"))));
        Response signin = given().auth().none().get("/signin");
        csrfCookie = signin.getCookie(Csrf.COOKIE);
        csrfToken = Browser.csrfToken(signin);
    }

    @Test
    void everyRouteHasARule() {
        List<String> missing = routes().stream()
                .filter(route -> AccessTable.ruleFor(route.method(), route.path()).isEmpty())
                .map(Route::toString).toList();
        assertEquals(List.of(), missing, "routes without an access rule");
        assertTrue(routes().size() >= AccessTable.RULES.size(), "the walk found " + routes().size() + " routes");
    }

    @Test
    void anonymousCallersAreSentToSignInOrToldToAuthenticate() {
        for (Route route : routes()) {
            Rule rule = AccessTable.ruleFor(route.method(), route.path()).orElseThrow();
            int status = call(given().auth().none(), route).statusCode();
            if (rule.isPublic()) {
                assertTrue(status != 401 && status != 403, route + " is public but answered " + status);
            } else if (route.path().startsWith("/api/")) {
                assertEquals(401, status, route.toString());
            } else {
                assertEquals(303, status, route.toString());
            }
        }
    }

    @Test
    void eachRoleGetsExactlyWhatTheTableGivesIt() {
        List<String> wrong = new ArrayList<>();
        for (Fixtures.Person person : List.of(Fixtures.ada(), Fixtures.rita(), Fixtures.hannah(), Fixtures.simon())) {
            User user = User.findById(person.id());
            user.withRoles();
            for (Route route : routes()) {
                Rule rule = AccessTable.ruleFor(route.method(), route.path()).orElseThrow();
                // The walked opening is Marcus's, so Hannah gets only what her role gives her.
                boolean expected = rule.admitsByRole(user);
                int status = call(person.calls(), route).statusCode();
                boolean allowed = status != 401 && status != 403;
                if (allowed != expected) {
                    wrong.add(person.name() + " " + route + " -> " + status + " (expected "
                            + (expected ? "allowed" : "refused") + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * "A GET never writes": every GET route, as every role and as nobody, leaves every table as it was. The one
     * documented exception is the record that a person was shown other people's cards (scorecard_view).
     */
    @Test
    void noGetRequestChangesARow() {
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
        callers.put("nobody", () -> given().auth().none());
        for (Fixtures.Person person : List.of(Fixtures.ada(), Fixtures.rita(), Fixtures.hannah(), Fixtures.simon())) {
            callers.put(person.name(), person::calls);
        }
        // The other documented exception: an export of a candidate's data is audited (privacy/ExportTest checks it).
        List<Route> gets = routes().stream().filter(route -> route.method().equals("GET")
                && !route.path().equals("/candidates/{id}/export.zip")).toList();
        List<String> writes = new ArrayList<>();
        for (Map.Entry<String, Supplier<RequestSpecification>> caller : callers.entrySet()) {
            String before = database.rowsOfEveryTable(SHOWN_CARDS);
            gets.forEach(route -> call(caller.getValue().get(), route));
            if (before.equals(database.rowsOfEveryTable(SHOWN_CARDS))) {
                continue;
            }
            int found = writes.size();
            for (Route route : gets) { // something wrote: find which route, one at a time
                String beforeRoute = database.rowsOfEveryTable(SHOWN_CARDS);
                call(caller.getValue().get(), route);
                if (!beforeRoute.equals(database.rowsOfEveryTable(SHOWN_CARDS))) {
                    writes.add(caller.getKey() + " " + route);
                }
            }
            if (writes.size() == found) {
                writes.add(caller.getKey() + ": a GET changed a row the first time only");
            }
        }
        assertEquals(List.of(), writes, "GET requests that changed a row");
    }

    @Test
    void anInterviewerReachesOnlyTheCandidatesTheyAreAssignedTo() {
        Fixtures.Person walker = Fixtures.person("Walk Interviewer", "INTERVIEWER");
        walker.calls().get("/interviews/" + ids.get("application") + "/CULTURE").then().statusCode(200);
        long other = Fixtures.janeApplied();
        walker.calls().get("/interviews/" + other + "/CULTURE").then().statusCode(403);
        walker.calls().get("/candidates/" + ids.get("candidate")).then().statusCode(403);
        walker.calls().get("/boards/" + ids.get("opening")).then().statusCode(403);
    }

    @Test
    void aHiringManagerMayMoveApplicationsOfTheirOwnOpeningOnly() {
        long own = Fixtures.opening(Fixtures.unique("Hannah's opening"), "BUSINESS_DEVELOPMENT_REP", Fixtures.hannah().id());
        long ownApplication = Fixtures.application(Fixtures.candidateJane(), own);
        Fixtures.hannah().calls().contentType("application/json")
                .body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + ownApplication + "/moves").then().statusCode(201);
        Fixtures.hannah().calls().contentType("application/json")
                .body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + ids.get("application") + "/moves").then().statusCode(403);
        Fixtures.hannah().calls().get("/boards/" + ids.get("opening")).then().statusCode(200);
    }

    private Response call(RequestSpecification spec, Route route) {
        RequestSpecification request = spec.redirects().follow(false).cookie(Csrf.COOKIE, csrfCookie);
        String path = route.path()
                .replace("{openingId}", ids.get("opening")).replace("{stage}", "CULTURE")
                .replace("{applicationId}", ids.get("application"))
                .replace("{number}", "1").replace("{fileId}", "999999").replace("{submissionId}", "999999").replace("{token}", "no-such-link-0000000000000000").replace("{memberId}", "999999")
                .replace("{cvId}", "999999").replace("{noteId}", "999999").replace("{slug}", "no-such-job")
                .replace("{version}", "0123456789ab").replace("{name}", "app.css")
                .replace("{id}", ids.get(kindOf(route.path())));
        boolean multipart = route.method().equals("POST") && (route.path().startsWith("/tasks")
                || route.path().endsWith("/submissions") && route.path().startsWith("/portal/")
                || route.path().endsWith("/cvs"));
        if (multipart) {
            request = request.multiPart("_csrf", csrfToken);
        } else if (route.path().startsWith("/api/")) {
            request = request.contentType("application/json").body("{}");
        } else if (!route.method().equals("GET")) {
            request = request.contentType("application/x-www-form-urlencoded").formParam("_csrf", csrfToken);
        }
        return request.request(route.method(), path);
    }

    private static String kindOf(String path) {
        if (path.contains("/openings/")) {
            return "opening";
        }
        if (path.contains("/candidates/")) {
            return "candidate";
        }
        if (path.contains("/users/")) {
            return "user";
        }
        if (path.contains("/assignments/")) {
            return "assignment";
        }
        if (path.contains("/superdays/")) {
            return "superday";
        }
        if (path.contains("/tasks/")) {
            return "task";
        }
        return "application";
    }

    private static List<Route> routes() {
        return JaxRsRoutes.all().stream().map(route -> route.split(" ", 2)).map(r -> new Route(r[0], r[1])).toList();
    }

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
