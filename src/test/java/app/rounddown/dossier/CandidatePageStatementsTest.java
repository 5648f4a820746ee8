package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Sessions;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.SignIn;
import app.rounddown.support.SignedInAsAdmin;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatePageStatementsTest {

    @Test
    void theCandidatePageRunsAFixedNumberOfStatementsWhateverTheCandidatesHistory() {
        long fresh = Fixtures.candidate(Fixtures.unique("Fresh Candidate"));
        long freshApplication = Fixtures.application(fresh, Fixtures.openingTae());

        long seasoned = Fixtures.candidate(Fixtures.unique("Seasoned Candidate"));
        // Interviewers of its own: the browser journeys book Simon at the fixtures' interview time.
        Fixtures.Person first = Fixtures.person(Fixtures.unique("First Panelist"), "INTERVIEWER");
        Fixtures.Person second = Fixtures.person(Fixtures.unique("Second Panelist"), "INTERVIEWER");
        for (int i = 0; i < 3; i++) {
            long application = Fixtures.application(seasoned, Fixtures.openingTae());
            Fixtures.move(application, "APPLIED", "CULTURE");
            Fixtures.card(application, "CULTURE", first, 3);
            Fixtures.card(application, "CULTURE", second, 4);
            Fixtures.move(application, "CULTURE", "TECHNICAL");
            Fixtures.card(application, "TECHNICAL", first, 2);
            Forms.post().formParam("body", "Note " + i).post("/candidates/" + seasoned + "/notes").then().statusCode(303);
        }

        String session = SignIn.throughTheForm(SignedInAsAdmin.EMAIL, SignedInAsAdmin.PASSWORD).getCookie(Sessions.COOKIE);
        long forFresh = statementsToShow(session, fresh);
        long firstForSeasoned = Statements.during(() -> given().auth().none().cookie(Sessions.COOKIE, session)
                .get("/candidates/" + seasoned).then().statusCode(200));
        long forSeasoned = Statements.during(() -> given().auth().none().cookie(Sessions.COOKIE, session)
                .get("/candidates/" + seasoned).then().statusCode(200));
        // One for the session and its person; then the applications with their candidate, openings, SuperDays and offers;
        // the timeline with the record's history, the messages sent and the cards the viewer was shown before;
        // interviews; cards; CVs with notes. The first view that shows the viewer others' cards records that they saw
        // them, one more (and, once, when a note mentions the viewer unseen, one marks it seen); a later view of the
        // same cards writes nothing. Both are in a pipeline with someone to interview, so the forms that would list the
        // openings to join and the people to interview are folded, and that statement is not run.
        assertEquals(6, forFresh, "candidate page statements");
        assertEquals(forFresh + 1, firstForSeasoned, "the same reads for a long history, and the record of cards seen");
        assertEquals(forFresh, forSeasoned, "cards already seen are not recorded again");
        assertTrue(firstForSeasoned <= 8, "issue 16: \"<= 8 statements whatever the candidate's history\"");
        assertEquals(forFresh + 1, statementsToShow(session, fresh, "?assign=" + freshApplication + "&add=opening"),
                "the forms unfolded: one more for what they list");
    }

    private static long statementsToShow(String session, long candidate) {
        return statementsToShow(session, candidate, "");
    }

    private static long statementsToShow(String session, long candidate, String query) {
        given().auth().none().cookie(Sessions.COOKIE, session).get("/candidates/" + candidate + query).then().statusCode(200);
        return Statements.during(() -> given().auth().none().cookie(Sessions.COOKIE, session)
                .get("/candidates/" + candidate + query).then().statusCode(200));
    }
}
