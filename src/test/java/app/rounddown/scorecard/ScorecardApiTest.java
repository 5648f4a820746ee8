package app.rounddown.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScorecardApiTest {
    @Inject
    Database database;

    private static void assign(long application, String stage, Fixtures.Person interviewer) {
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", stage,
                "interviewerId", interviewer.id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse send(Fixtures.Person who, String method, String path,
                                                                    Object body) {
        return who.calls().contentType(ContentType.JSON).body(body).request(method, path).then();
    }

    private static long atTechnical() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.pass(id, "CULTURE", "TECHNICAL");
        return id;
    }

    @Test
    void halfPointsZeroFiveAndTextAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = Fixtures.janeApplied();
        Fixtures.Person judge = Fixtures.person("Strict Judge", "INTERVIEWER");
        assign(id, "CULTURE", judge);
        for (Object bad : List.of(2.5, 0, 5, "3")) {
            send(judge, "PUT", "/api/scorecards/" + id + "/CULTURE/draft", Map.of("overall", bad))
                    .statusCode(400).body("errors[0].field", equalTo("overall"))
                    .body("errors[0].message", containsString("whole number from 1 (strong no) to 4"));
            send(judge, "POST", "/api/scorecards/" + id + "/CULTURE/submission",
                    Map.of("overall", 3, "takeaways", "t", "ratings", Map.of("values", Map.of("score", bad))))
                    .statusCode(400).body("errors[0].field", equalTo("ratings.values.score"));
        }
        send(judge, "PUT", "/api/scorecards/" + id + "/CULTURE/draft", Map.of("ratings", Map.of("charm", Map.of("score", 3))))
                .statusCode(400).body("errors[0].field", equalTo("ratings.charm"));
        assertEquals(0, database.count("select count(*) from scorecard where application_id = ?", id));
    }

    @Test
    void aDraftIsTheAuthorsAloneUntilSubmitted() {
        long id = Fixtures.janeApplied();
        Fixtures.Person ann = Fixtures.person("Ann Draft", "INTERVIEWER");
        assign(id, "CULTURE", ann);
        send(ann, "PUT", "/api/scorecards/" + id + "/CULTURE/draft", Map.of("overall", 3, "takeaways", "half done"))
                .statusCode(200).body("submittedAt", equalTo(null));
        ann.calls().get("/interviews/" + id + "/CULTURE").then().statusCode(200)
                .body(containsString(">half done</textarea>"));
        given().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void othersCardsStayHiddenUntilYouSubmitYoursAndIndependenceIsRecorded() {
        long id = Fixtures.janeApplied();
        Fixtures.Person first = Fixtures.person("First Interviewer", "INTERVIEWER");
        Fixtures.Person second = Fixtures.person("Second Interviewer", "INTERVIEWER");
        assign(id, "CULTURE", first);
        assign(id, "CULTURE", second);
        send(first, "POST", "/api/scorecards/" + id + "/CULTURE/submission", Map.of("overall", 3, "takeaways", "yes"))
                .statusCode(201).body("writtenIndependently", equalTo(true));
        second.calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(403)
                .body("message", containsString("Submit your own Culture interview scorecard first"));
        second.calls().get("/interviews/" + id + "/CULTURE").then().statusCode(200)
                .body(containsString("1 other card is hidden until you submit yours"))
                .body(org.hamcrest.Matchers.not(containsString("First Interviewer says")));
        send(second, "POST", "/api/scorecards/" + id + "/CULTURE/submission", Map.of("overall", 4, "takeaways", "strong"))
                .statusCode(201).body("writtenIndependently", equalTo(true));
        second.calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200).body("", hasSize(2));
        Fixtures.hannah().calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200).body("", hasSize(2));
        Fixtures.ada().calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200).body("", hasSize(2));
        Fixtures.simon().calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(403);

        // A recruiter who read the cards and is then asked to interview did not write independently.
        Fixtures.Person reader = Fixtures.person("Reading Recruiter", "RECRUITER");
        reader.calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200);
        assign(id, "CULTURE", reader);
        send(reader, "POST", "/api/scorecards/" + id + "/CULTURE/submission", Map.of("overall", 3, "takeaways", "ok"))
                .statusCode(201).body("writtenIndependently", equalTo(false));
    }

    @Test
    void aSubmittedCardIsLockedAndAnAmendmentKeepsBothVersions() {
        long id = Fixtures.janeApplied();
        Fixtures.Person amy = Fixtures.person("Amy Amender", "INTERVIEWER");
        assign(id, "CULTURE", amy);
        send(amy, "POST", "/api/scorecards/" + id + "/CULTURE/submission", Map.of("overall", 3, "takeaways", "first"))
                .statusCode(201).body("revision", equalTo(1));
        send(amy, "PUT", "/api/scorecards/" + id + "/CULTURE/draft", Map.of("overall", 2))
                .statusCode(400).body("errors[0].message", containsString("amend it with a reason"));
        send(amy, "POST", "/api/scorecards/" + id + "/CULTURE/amendments", Map.of("overall", 2, "takeaways", "second"))
                .statusCode(400).body("errors[0].field", equalTo("amendReason"));
        send(amy, "POST", "/api/scorecards/" + id + "/CULTURE/amendments",
                Map.of("overall", 2, "takeaways", "second", "amendReason", "Reference call changed my mind"))
                .statusCode(201).body("revision", equalTo(2)).body("amendReason", equalTo("Reference call changed my mind"));
        amy.calls().get("/api/scorecards/" + id + "/CULTURE").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("overall", equalTo(List.of(3, 2)));
    }

    @Test
    void aSubmissionThatLosesARaceToTheSameCardsSubmissionIs409SayingWhoAndWhenAndOnlyOneIsStored() throws Exception {
        long id = Fixtures.janeApplied();
        Fixtures.Person tess = Fixtures.person("Tess Twotabs", "INTERVIEWER");
        assign(id, "CULTURE", tess);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> submissions = new ArrayList<>();
        // The card's own lock, held here so that both tabs' submissions are in flight before either is let through.
        try (Database.Held card = database.hold("select pg_advisory_xact_lock(hashtext(?))",
                "scorecard:" + id + ":CULTURE:" + tess.id())) {
            for (int takeaways = 1; takeaways <= 2; takeaways++) {
                Map<String, Object> body = Map.of("overall", 3, "takeaways", "tab " + takeaways);
                submissions.add(pool.submit(() -> {
                    start.await();
                    return tess.calls().contentType(ContentType.JSON).body(body)
                            .post("/api/scorecards/" + id + "/CULTURE/submission");
                }));
            }
            start.countDown();
            database.awaitLockWaiters(2);
        }
        List<Response> answers = new ArrayList<>();
        try {
            for (Future<Response> submission : submissions) {
                answers.add(submission.get());
            }
        } finally {
            pool.shutdownNow();
        }
        answers.sort(Comparator.comparingInt(Response::statusCode));
        assertEquals(List.of(201, 409), answers.stream().map(Response::statusCode).toList(), answers.get(1).asString());
        // Tess reads times in her own zone, Europe/London.
        String clock = database.text("select to_char(submitted_at at time zone 'Europe/London', 'HH24:MI') "
                + "from scorecard where application_id = ?", id);
        String message = answers.get(1).jsonPath().getString("message");
        assertTrue(message.startsWith("Tess Twotabs submitted this card") && message.contains(clock)
                && message.contains("while you were deciding"), message);
        assertEquals(1, database.count("select count(*) from scorecard where application_id = ?", id));
        assertEquals(answers.get(0).jsonPath().getString("takeaways"),
                database.text("select takeaways from scorecard where application_id = ?", id));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'scorecard' and action = 'submitted' "
                + "and entity_id = (select id from scorecard where application_id = ?)", id));
    }

    @Test
    void onlyAssignedInterviewersWriteCards() {
        long id = Fixtures.janeApplied();
        send(Fixtures.rita(), "PUT", "/api/scorecards/" + id + "/CULTURE/draft", Map.of("overall", 3)).statusCode(403);
    }

    @Test
    void theGateWaitsForEveryCardAndAnExcuseLetsItPass() {
        long id = atTechnical();
        Fixtures.Person late = Fixtures.person("Late Larry", "INTERVIEWER");
        Fixtures.card(id, "TECHNICAL", Fixtures.person("Prompt Pam", "INTERVIEWER"), 3);
        assign(id, "TECHNICAL", late);
        send(Fixtures.rita(), "POST", "/api/applications/" + id + "/moves", Map.of("seenStage", "TECHNICAL", "to", "SMALL_TEAM"))
                .statusCode(422).body("message", containsString(": waiting for the scorecard of Late Larry"));
        long assignment = database.count("select id from interview_assignment where application_id = ? and interviewer_id = ?",
                id, late.id());
        given().contentType(ContentType.JSON).body(Map.of("reason", "On leave; Pam's card is enough"))
                .post("/api/assignments/" + assignment + "/excusal").then().statusCode(200);
        send(Fixtures.rita(), "POST", "/api/applications/" + id + "/moves", Map.of("seenStage", "TECHNICAL", "to", "SMALL_TEAM"))
                .statusCode(201);
    }

    @Test
    void aThreeAndATwoRoundDownToANoAndHoldTheMove() {
        long id = atTechnical();
        Fixtures.card(id, "TECHNICAL", Fixtures.person("Yes Yolanda", "INTERVIEWER"), 3);
        Fixtures.card(id, "TECHNICAL", Fixtures.person("No Norman", "INTERVIEWER"), 2);
        send(Fixtures.rita(), "POST", "/api/applications/" + id + "/moves", Map.of("seenStage", "TECHNICAL", "to", "SMALL_TEAM"))
                .statusCode(422).body("message", containsString("scores 2 (No), rounded down"));
        assertEquals("TECHNICAL", database.text("select stage from application where id = ?", id));
    }

    @Test
    void aStrongNoOnCultureLaterBlocksEveryMoveForwardUntilTheHiringManagerOverrides() {
        long id = atTechnical();
        Fixtures.Person vera = Fixtures.person("Vera Veto", "INTERVIEWER");
        assign(id, "TECHNICAL", vera);
        send(vera, "POST", "/api/scorecards/" + id + "/TECHNICAL/submission", Map.of("overall", 4, "takeaways",
                "brilliant but dismissive of the team", "ratings", Map.of("values", Map.of("score", 1))))
                .statusCode(201);
        send(Fixtures.rita(), "POST", "/api/applications/" + id + "/moves", Map.of("seenStage", "TECHNICAL", "to", "SMALL_TEAM"))
                .statusCode(422).body("message", containsString("culture comes first, and Vera Veto scored"));

        send(Fixtures.rita(), "POST", "/api/applications/" + id + "/overrides",
                Map.of("seenStage", "TECHNICAL", "reason", "I want to see it")).statusCode(403);
        send(Fixtures.hannah(), "POST", "/api/applications/" + id + "/overrides", Map.of("seenStage", "TECHNICAL"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        send(Fixtures.hannah(), "POST", "/api/applications/" + id + "/overrides",
                Map.of("seenStage", "TECHNICAL", "reason", "Spoke to the team; a misunderstanding"))
                .statusCode(201).body("event.kind", equalTo("OVERRIDDEN"))
                .body("event.reason", equalTo("Spoke to the team; a misunderstanding"))
                .body("application.stage", equalTo("SMALL_TEAM"));
    }

    @Test
    void someoneStillOwingACardLearnsThatTheMoveIsHeldButNotTheScores() {
        long id = atTechnical();
        Fixtures.card(id, "TECHNICAL", Fixtures.person("Sceptical Sam", "INTERVIEWER"), 2);
        Fixtures.Person owing = Fixtures.person("Owing Olive", "RECRUITER");
        assign(id, "TECHNICAL", owing);
        send(owing, "POST", "/api/applications/" + id + "/moves", Map.of("seenStage", "TECHNICAL", "to", "SMALL_TEAM"))
                .statusCode(422).body("message", containsString("they stay hidden from you until you submit"))
                .body("message", org.hamcrest.Matchers.not(containsString("scores 2")))
                .body("message", org.hamcrest.Matchers.not(containsString("Sceptical Sam")));
    }

    @Test
    void anOverrideIsOnlyForAMoveTheGateRefuses() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.card(id, "CULTURE", Fixtures.person("Happy Hal", "INTERVIEWER"), 4);
        send(Fixtures.hannah(), "POST", "/api/applications/" + id + "/overrides",
                Map.of("seenStage", "CULTURE", "reason", "just because"))
                .statusCode(422).body("message", containsString("nothing to override"));
    }

    @Test
    void aCandidateHiredByOverrideKeepsAWorkingPage() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.card(id, "CULTURE", Fixtures.person("Veto Val", "INTERVIEWER"), 1);
        for (String stage : List.of("CULTURE", "TECHNICAL", "SMALL_TEAM", "SUPERDAY")) {
            send(Fixtures.hannah(), "POST", "/api/applications/" + id + "/overrides",
                    Map.of("seenStage", stage, "reason", "The hiring manager takes responsibility"))
                    .statusCode(201);
        }
        // A hire without an accepted offer is an admin's override alone.
        send(Fixtures.ada(), "POST", "/api/applications/" + id + "/overrides",
                Map.of("seenStage", "OFFER", "reason", "The hiring manager takes responsibility")).statusCode(201);
        assertEquals("HIRED", database.text("select status from application where id = ?", id));
        long candidate = database.count("select candidate_id from application where id = ?", id);
        given().get("/candidates/" + candidate).then().statusCode(200).body(containsString("marked hired"));
    }
}
