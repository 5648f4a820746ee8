package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;


/** The board of an opening. */
@QuarkusTest
class BoardPageTest {
    @Test
    void theBoardShowsCardsAndFiltersThemByName() {
        long opening = Fixtures.openingTae();
        String ada = Fixtures.unique("Ada Lovelace");
        String grace = Fixtures.unique("Grace Hopper");
        Fixtures.application(Fixtures.candidate(ada), opening);
        Fixtures.application(Fixtures.candidate(grace), opening);
        given().get("/boards/" + opening).then().statusCode(200)
                .body(containsString(ada)).body(containsString(grace)).body(containsString("today in stage"));
        given().get("/boards/" + opening + "?q=lovelace").then().statusCode(200)
                .body(containsString(ada)).body(not(containsString(grace)));
    }
}
