package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


/** The openings list, with how many people are at each stage. */
@QuarkusTest
class OpeningListPageTest {
    @Inject
    Database database;

    @Test
    void theOpeningsListShowsHowManyPeopleAreAtEachStage() {
        String title = Fixtures.unique("Customer Success Manager");
        long opening = Fixtures.opening(title, "CUSTOMER_SUCCESS_MANAGER");
        long id = Fixtures.application(Fixtures.candidateJane(), opening);
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.application(Fixtures.candidateJane(), opening);
        String page = given().queryParam("q", title).get("/openings").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf(">" + title + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        java.util.List<String> counts = java.util.regex.Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(row)
                .results().map(m -> m.group(1)).toList();
        assertEquals(java.util.List.of("1", "1", "0", "0", "0", "0", "0"), counts);
    }

    @Test
    void theListIsNarrowedByWordsInTheTitleStatusAndRoleType() throws Exception {
        String tag = Fixtures.unique("Filter");
        long tae = Fixtures.opening(tag + " 100% Enterprise_AE", "TECHNICAL_ACCOUNT_EXECUTIVE");
        long csm = Fixtures.opening(tag + " Success Manager", "CUSTOMER_SUCCESS_MANAGER");
        database.execute("update opening set status = 'CLOSED' where id = " + csm);

        String byTitle = given().queryParam("q", tag.toUpperCase()).get("/openings").then().statusCode(200)
                .extract().asString();
        assertTrue(byTitle.contains("/boards/" + tae + "\"") && byTitle.contains("/boards/" + csm + "\""));
        // % and _ are letters here, not wildcards.
        String literal = given().queryParam("q", tag + " 100% enterprise_").get("/openings").then().statusCode(200)
                .extract().asString();
        assertTrue(literal.contains("/boards/" + tae + "\"") && !literal.contains("/boards/" + csm + "\""));
        given().queryParam("q", tag + " 1%").get("/openings").then().statusCode(200)
                .body(containsString("No opening matches these filters."));
        given().queryParam("q", tag + " 100%_enterprise").get("/openings").then().statusCode(200)
                .body(containsString("No opening matches these filters."));
        String closed = given().queryParam("q", tag).queryParam("status", "CLOSED").get("/openings").then()
                .statusCode(200).extract().asString();
        assertTrue(closed.contains("/boards/" + csm + "\"") && !closed.contains("/boards/" + tae + "\""));
        String byRole = given().queryParam("q", tag).queryParam("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .get("/openings").then().statusCode(200).extract().asString();
        assertTrue(byRole.contains("/boards/" + tae + "\"") && !byRole.contains("/boards/" + csm + "\""));

        given().queryParam("status", "HALF_OPEN").get("/openings").then().statusCode(400)
                .body(containsString("Choose a status from the list."));
    }

    @Test
    void thePagerKeepsTheFilter() {
        String many = Fixtures.unique("Many");
        for (int i = 0; i < 60; i++) {
            Fixtures.opening(many + " AE " + i, "TECHNICAL_ACCOUNT_EXECUTIVE");
        }
        given().queryParam("q", many).get("/openings").then().statusCode(200)
                .body(containsString("1\u201350 of 60".translateEscapes()))
                .body(containsString("href=\"/openings?q=" + many.replace(" ", "+") + "&amp;page=1\""));
        given().queryParam("q", many).queryParam("page", "5").get("/openings").then().statusCode(200)
                .body(containsString("This page is past the end of the list of 60 openings"))
                .body(containsString("href=\"/openings?q=" + many.replace(" ", "+") + "&amp;\">go to the first page</a>"));
    }

    @Test
    void aHiringManagerMayEditOnlyTheirOwnOpeningsFromTheList() {
        String tag = Fixtures.unique("Editable");
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Listing Manager"), "HIRING_MANAGER");
        long own = Fixtures.opening(tag + " Own AE", "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        long others = Fixtures.opening(tag + " Other AE", "TECHNICAL_ACCOUNT_EXECUTIVE", Fixtures.hannah().id());
        String page = manager.calls().queryParam("q", tag).get("/openings").then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/openings/" + own + "/edit\""), "their own opening has an Edit link");
        assertTrue(page.contains("href=\"/boards/" + others + "\"") && !page.contains("/openings/" + others + "/edit"),
                "another manager's opening is listed without one");
        String asAdmin = given().queryParam("q", tag).get("/openings").then().statusCode(200).extract().asString();
        assertTrue(asAdmin.contains("/openings/" + others + "/edit"), "an admin may edit every opening");
    }
}
