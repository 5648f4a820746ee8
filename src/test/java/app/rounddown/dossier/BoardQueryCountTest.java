package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardQueryCountTest {
    @Inject
    Database database;

    @Test
    void theBoardRunsTheSameStatementsForTenAndForAThousandApplications() throws Exception {
        long small = Fixtures.openingTae();
        long large = Fixtures.openingTae();
        addApplications(small, 10);
        addApplications(large, 1000);

        long forSmall = statementsToRender("/boards/" + small);
        long forLarge = statementsToRender("/boards/" + large);

        // Two to check the caller's API token (the token, the person with their roles), five for the board itself:
        // the opening, the column totals, the first cards, and the interviews and cards behind those cards' gates.
        assertTrue(forSmall > 0 && forSmall <= 7, "board statements: " + forSmall);
        assertEquals(forSmall, forLarge);
        assertEquals(statementsToRender("/boards/" + small + "?q=bulk"), statementsToRender("/boards/" + large + "?q=bulk"));
        assertEquals(forSmall, statementsToRender("/boards/" + large + "?closed=true"), "rejected and withdrawn shown too");
    }

    @Test
    void aLongColumnShowsItsFirstFiftyAndTheRestOnRequest() throws Exception {
        long opening = Fixtures.openingTae();
        addApplications(opening, 420); // 70 in each of six stages
        String board = given().get("/boards/" + opening).then().statusCode(200)
                .body(containsString("Show 20 more")).extract().asString();
        assertEquals(6 * BoardPage.CARDS_PER_COLUMN, countCards(board));
        // Issue 16 asks for "HTML <= 120 KB" for the board of an opening with 500 applications. A card's actions, and
        // the reasons a move is held, are loaded when opened, so no card carries a form or a sentence per blocker: 300
        // cards, 200 of them with a gate badge, come to about 95 KB.
        assertTrue(board.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100 * 1024,
                "board of 300 cards: " + board.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
        assertTrue(!board.contains("action=\"/applications/"), "no card carries a form of its own");

        String more = given().header("HX-Request", "true").get("/boards/" + opening + "/columns/CULTURE?offset=50")
                .then().statusCode(200).extract().asString();
        assertEquals(20, countCards(more));
        assertTrue(!more.contains("<html") && !more.contains("Show "), "a fragment with no further 'show more'");

        given().get("/boards/" + opening + "/columns/CULTURE?offset=50").then().statusCode(200)
                .body(containsString("Culture interview: 51\u201370 of 70".translateEscapes()));
    }

    private long statementsToRender(String path) {
        return Statements.during(() -> given().get(path).then().statusCode(200));
    }

    private void addApplications(long openingId, int count) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        database.execute("with c as (insert into candidate (name, email, time_zone, source) "
                + "select 'Bulk ' || g, 'bulk-" + tag + "-' || g || '@example.test', 'Europe/London', 'INBOUND' "
                + "from generate_series(1, " + count + ") g returning id) "
                + "insert into application (candidate_id, opening_id, stage, status, stage_entered_at) "
                + "select c.id, " + openingId + ", (array['APPLIED','CULTURE','TECHNICAL','SMALL_TEAM','SUPERDAY','OFFER'])"
                + "[1 + c.id % 6], 'ACTIVE', now() - (c.id % 30) * interval '1 day' from c");
    }

    private static int countCards(String page) {
        Matcher matcher = Pattern.compile("<li class=\"card\">").matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
