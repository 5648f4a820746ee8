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

        long untouched = atTechnical(opening, "Untouched");
        long fresh = Fixtures.application(Fixtures.candidate(Fixtures.unique("Fresh")), opening);
        Fixtures.move(fresh, "APPLIED", "CULTURE");

        List<Long> applications = List.of(waiting, vetoed, amended, untouched, fresh);
        for (long viewer : List.of(Fixtures.rita().id(), larry.id(), pam.id(), vera.id())) {
            QuarkusTransaction.requiringNew().run(() -> {
                User user = User.findById(viewer);
                GateReadings readings = GateReadings.of(applications);
                StageResults results = StageResults.of(applications);
                for (long application : applications) {
                    Stage stage = application == fresh ? Stage.CULTURE : Stage.TECHNICAL;
                    String what = "application " + application + " for viewer " + viewer;
                    assertEquals(results.holds(application, stage, user), readings.holds(application, stage, viewer), what);
                    assertEquals(results.at(application, stage).cardsIn(), readings.cardsIn(application, stage), what);
                    assertEquals(results.at(application, stage).cardsDue(), readings.cardsDue(application, stage), what);
                }
                assertFalse(readings.holds(vetoed, Stage.TECHNICAL, Fixtures.rita().id()).isEmpty(), "the veto holds");
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
