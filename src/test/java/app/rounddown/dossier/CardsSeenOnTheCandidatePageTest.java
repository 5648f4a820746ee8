package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The candidate page records which stages' cards of other people it showed a viewer (a card written after that is not
 * independent), once: a later view of the same cards writes nothing, and cards of a stage shown for the first time are
 * recorded then.
 */
@QuarkusTest
class CardsSeenOnTheCandidatePageTest {
    @Inject
    Database database;

    @Test
    void eachStagesCardsAreRecordedAsSeenTheFirstTimeThePageShowsThem() throws Exception {
        long candidate = Fixtures.candidate(Fixtures.unique("Watched Wanda"));
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        Fixtures.Person first = Fixtures.person(Fixtures.unique("First Panelist"), "INTERVIEWER");
        Fixtures.Person second = Fixtures.person(Fixtures.unique("Second Panelist"), "INTERVIEWER");
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.card(application, "CULTURE", first, 3);
        Fixtures.card(application, "CULTURE", second, 4);
        Fixtures.Person reader = Fixtures.person(Fixtures.unique("Reading Recruiter"), "RECRUITER");

        reader.calls().get("/candidates/" + candidate).then().statusCode(200);
        assertEquals(1, seen(application, reader, "CULTURE"), "shown the culture cards");
        long again = Statements.during(() -> reader.calls().get("/candidates/" + candidate).then().statusCode(200));
        Fixtures.move(application, "CULTURE", "TECHNICAL");
        Fixtures.card(application, "TECHNICAL", first, 2);
        long withNewCards = Statements.during(() -> reader.calls().get("/candidates/" + candidate).then().statusCode(200));

        assertEquals(1, seen(application, reader, "TECHNICAL"), "shown the technical card on the later view");
        assertEquals(1, seen(application, reader, "CULTURE"), "recorded once");
        assertEquals(again + 1, withNewCards, "the view that shows new cards writes their record; the one before wrote none");
        assertEquals(0, seen(application, first, "TECHNICAL") + seen(application, second, "CULTURE"),
                "nobody else is recorded");
    }

    private long seen(long application, Fixtures.Person viewer, String stage) throws Exception {
        return database.count("select count(*) from scorecard_view where application_id = ? and viewer_id = ? "
                + "and stage = ?", application, viewer.id(), stage);
    }
}
