package app.rounddown.scorecard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The board reads the gate of hundreds of applications as a projection (GateReadings); a refused move reads whole
 * cards (StageResults). Both must give every viewer the same "2/3 cards" and the same holds, or the board's badges
 * and the refusal would disagree.
 */
@QuarkusTest
class GateReadingsTest {
    @Inject
    Database database;

    @Test
    void theBoardsProjectionAndTheRefusalsCardsGiveTheSameAnswers() throws Exception {
        long opening = Fixtures.openingTae();
        Fixtures.Person pam = Fixtures.person(Fixtures.unique("Prompt") + " Pam", "INTERVIEWER");
        Fixtures.Person larry = Fixtures.person(Fixtures.unique("Late") + " Larry", "INTERVIEWER");
        Fixtures.Person vera = Fixtures.person(Fixtures.unique("Veto") + " Vera", "INTERVIEWER");
        Fixtures.Person amy = Fixtures.person(Fixtures.unique("Amending") + " Amy", "INTERVIEWER");
        Fixtures.Person ed = Fixtures.person(Fixtures.unique("Excused") + " Ed", "INTERVIEWER");

        long waiting = atTechnical(opening, "Waiting");
        Fixtures.card(waiting, "TECHNICAL", pam, 4);
        assign(waiting, "TECHNICAL", larry);

        long vetoed = atTechnical(opening, "Vetoed");
        Fixtures.card(vetoed, "TECHNICAL", vera, 1, Map.of("values", 1));

        long amended = atTechnical(opening, "Amended");
        Fixtures.card(amended, "TECHNICAL", amy, 4);
        amy.calls().contentType(ContentType.JSON).body(Map.of("overall", 2, "takeaways", "second thoughts",
                "amendReason", "Reference call changed my mind"))
                .post("/api/scorecards/" + amended + "/TECHNICAL/amendments").then().statusCode(201);
        assign(amended, "TECHNICAL", ed);
        database.execute("update interview_assignment set excused_at = now(), excused_by = 'Test', "
                + "excused_reason = 'Left the company' where application_id = " + amended + " and interviewer_id = "
                + ed.id());

        // Read at a later stage: a culture veto from the Culture interview, and an interviewer still owing a card there.
        long vetoedEarlier = Fixtures.application(Fixtures.candidate(Fixtures.unique("Vetoed earlier")), opening);
        Fixtures.move(vetoedEarlier, "APPLIED", "CULTURE");
        Fixtures.card(vetoedEarlier, "CULTURE", vera, 3, Map.of("values", 1));
        long owedEarlier = Fixtures.application(Fixtures.candidate(Fixtures.unique("Owed earlier")), opening);
        Fixtures.move(owedEarlier, "APPLIED", "CULTURE");
        Fixtures.card(owedEarlier, "CULTURE", pam, 4);
        assign(owedEarlier, "CULTURE", larry);
        database.execute("update application set stage = 'TECHNICAL' where id in (" + vetoedEarlier + ", "
                + owedEarlier + ")");
        Fixtures.card(vetoedEarlier, "TECHNICAL", pam, 4);
        Fixtures.card(owedEarlier, "TECHNICAL", pam, 2);

        long untouched = atTechnical(opening, "Untouched");
        long fresh = Fixtures.application(Fixtures.candidate(Fixtures.unique("Fresh")), opening);
        Fixtures.move(fresh, "APPLIED", "CULTURE");

        List<Long> applications = List.of(waiting, vetoed, amended, vetoedEarlier, owedEarlier, untouched, fresh);
        for (long viewer : List.of(Fixtures.rita().id(), larry.id(), pam.id(), vera.id())) {
            QuarkusTransaction.requiringNew().run(() -> {
                User user = User.findById(viewer);
                GateReadings readings = GateReadings.of(applications.stream().collect(Collectors.toMap(
                        application -> application, application -> application == fresh ? Stage.CULTURE : Stage.TECHNICAL)),
                        viewer);
                StageResults results = StageResults.of(applications);
                for (long application : applications) {
                    Stage stage = application == fresh ? Stage.CULTURE : Stage.TECHNICAL;
                    String what = "application " + application + " for viewer " + viewer;
                    assertEquals(results.holds(application, stage, user), readings.holds(application, stage, viewer), what);
                    assertEquals(results.at(application, stage).cardsIn(), readings.cardsIn(application, stage), what);
                    assertEquals(results.at(application, stage).cardsDue(), readings.cardsDue(application, stage), what);
                }
                assertFalse(readings.holds(vetoed, Stage.TECHNICAL, Fixtures.rita().id()).isEmpty(), "the veto holds");
                assertFalse(readings.holds(vetoedEarlier, Stage.TECHNICAL, Fixtures.rita().id()).isEmpty(),
                        "a veto at the Culture interview holds at the Technical interview");
                assertEquals(viewer == larry.id() ? List.of(Gate.Blocker.HIDDEN) : List.of(Gate.Blocker.BELOW_THREE),
                        readings.holds(owedEarlier, Stage.TECHNICAL, viewer).stream().map(Gate.Hold::blocker).toList(),
                        "someone still owing a Culture card sees that the move is held, not why");
            });
        }
    }

    private static long atTechnical(long opening, String name) {
        long application = Fixtures.application(Fixtures.candidate(Fixtures.unique(name)), opening);
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.pass(application, "CULTURE", "TECHNICAL");
        return application;
    }

    private static void assign(long application, String stage, Fixtures.Person interviewer) {
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", stage,
                "interviewerId", interviewer.id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
    }
}
