package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;


/** The openings list, with how many people are at each stage. */
@QuarkusTest
class OpeningListPageTest {
    @Test
    void theOpeningsListShowsHowManyPeopleAreAtEachStage() {
        String title = Fixtures.unique("Customer Success Manager");
        long opening = Fixtures.opening(title, "CUSTOMER_SUCCESS_MANAGER");
        long id = Fixtures.application(Fixtures.candidateJane(), opening);
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.application(Fixtures.candidateJane(), opening);
        String page = given().get("/openings").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf(title));
        row = row.substring(0, row.indexOf("</tr>"));
        java.util.List<String> counts = java.util.regex.Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(row)
                .results().map(m -> m.group(1)).toList();
        assertEquals(java.util.List.of("1", "1", "0", "0", "0", "0", "0"), counts);
    }
}
