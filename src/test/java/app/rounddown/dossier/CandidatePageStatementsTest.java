package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatePageStatementsTest {

    @Test
    void theCandidatePageRunsAtMostEightStatementsWhateverTheCandidatesHistory() {
        long fresh = Fixtures.candidate(Fixtures.unique("Fresh Candidate"));
        Fixtures.application(fresh, Fixtures.openingTae());

        long seasoned = Fixtures.candidate(Fixtures.unique("Seasoned Candidate"));
        for (int i = 0; i < 3; i++) {
            long application = Fixtures.application(seasoned, Fixtures.openingTae());
            Fixtures.move(application, "APPLIED", "CULTURE");
            Fixtures.card(application, "CULTURE", Fixtures.simon(), 3);
            Fixtures.card(application, "CULTURE", Fixtures.person("Second Panelist", "INTERVIEWER"), 4);
            Fixtures.move(application, "CULTURE", "TECHNICAL");
            Fixtures.card(application, "TECHNICAL", Fixtures.simon(), 2);
            Forms.post().formParam("body", "Note " + i).post("/candidates/" + seasoned + "/notes").then().statusCode(303);
        }

        long forFresh = statementsToShow(fresh);
        long forSeasoned = statementsToShow(seasoned);
        System.out.println("candidate page statements: " + forFresh + " / " + forSeasoned);
        assertEquals(forFresh, forSeasoned, "the same statements for a new candidate and one with a long history");
        assertTrue(forSeasoned <= 8, "candidate page statements: " + forSeasoned);
    }

    private static long statementsToShow(long candidate) {
        given().get("/candidates/" + candidate).then().statusCode(200); // the first view records who looked
        return Statements.during(() -> given().get("/candidates/" + candidate).then().statusCode(200));
    }
}
