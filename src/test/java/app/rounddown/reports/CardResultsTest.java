package app.rounddown.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database keeps each application's rounded-down results per stage and criterion as cards are written, counting
 * only the latest submitted revision of each interviewer: "if we have a candidate that would be a 2.5, rounding down
 * to 2 is probably better".
 */
@QuarkusTest
class CardResultsTest {
    @Inject
    Database database;

    @Test
    void aStageResultIsTheMeanOfTheCountingCardsRoundedDownAndFollowsSubmissionsAndAmendments() {
        HireFixtures hires = new HireFixtures(database, Fixtures.person(Fixtures.unique("Rory Results"), "HIRING_MANAGER"));
        long application = hires.hire(hires.opening(), LocalDate.now(), null, Map.of());
        Person a = Fixtures.person("Ana Panel", "INTERVIEWER");
        Person b = Fixtures.person("Bo Panel", "INTERVIEWER");
        hires.card(application, "TECHNICAL", a, 1, 3, "{\"pitch\": {\"score\": 3}, \"technical\": {\"score\": null}}", true);
        hires.card(application, "TECHNICAL", b, 1, 2, "{\"pitch\": {\"score\": 2}}", false);

        assertEquals("TECHNICAL  3|TECHNICAL pitch 3", results(application));

        database.update("update scorecard set submitted_at = now() where application_id = ? and interviewer_id = ?",
                application, b.id());
        assertEquals("TECHNICAL  2|TECHNICAL pitch 2", results(application));

        hires.card(application, "TECHNICAL", a, 2, 4, "{\"pitch\": {\"score\": 4}, \"technical\": {\"score\": 4}}", true);
        assertEquals("TECHNICAL  3|TECHNICAL pitch 3|TECHNICAL technical 4", results(application));
    }

    private String results(long application) {
        return database.text("select string_agg(stage || ' ' || criterion_key || ' ' || result, '|' order by stage, criterion_key)"
                + " from report_card_result where application_id = ?", application);
    }
}
