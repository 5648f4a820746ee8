package app.rounddown.decision;

import static app.rounddown.decision.OfferSetup.as;
import static app.rounddown.decision.OfferSetup.member;
import static app.rounddown.decision.OfferSetup.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The offer page's team roster: each member's forms (a quarter, the last day) load when asked for. */
@QuarkusTest
class OfferRosterFormsTest {
    @Inject
    Database database;

    @Test
    void theRosterCarriesALinkPerMemberAndTheirFormsLoadInPlaceOrAsAPage() {
        Fixtures.Person lead = Fixtures.person(Fixtures.unique("Rosa Roster"), "HIRING_MANAGER");
        long offer = offered(lead, "TECHNICAL_ACCOUNT_EXECUTIVE", "800000", LocalDate.now().plusMonths(1));
        for (int i = 0; i < 30; i++) {
            member(lead, offer, "Member " + i, "2024-01-08", "500000");
        }
        long first = database.count("select min(id) from team_member where manager_id = ?", lead.id());

        String page = lead.calls().get("/offers/" + offer).then().statusCode(200).extract().asString();
        assertFalse(page.contains("/team/" + first + "/attainments"), "no form per member on the page");
        assertEquals(30, page.split("class=\"member-act\"").length - 1, "a link per member");
        assertTrue(page.contains("href=\"/offers/" + offer + "/team/" + first + "/forms\""));

        String panel = lead.calls().header("HX-Request", "true").get("/offers/" + offer + "/team/" + first + "/forms")
                .then().statusCode(200).extract().asString();
        assertTrue(panel.startsWith("<div class=\"member-forms\" id=\"member-forms-" + first + "\">"), panel);
        assertTrue(panel.contains("action=\"/offers/" + offer + "/team/" + first + "/attainments\"")
                && panel.contains("action=\"/offers/" + offer + "/team/" + first + "/departure\""), panel);
        assertFalse(panel.contains("<html"), "only the panel");

        String asPage = lead.calls().get("/offers/" + offer + "/team/" + first + "/forms").then().statusCode(200)
                .extract().asString();
        assertTrue(asPage.contains("<a href=\"/offers/" + offer + "\">← Back to the offer for"), asPage);
        assertTrue(asPage.contains("id=\"quarter-" + first + "\""));

        // A form sent from the panel comes back, when wrong, on the offer page with that member's forms open.
        String refused = as(lead).formParam("quarterStart", "not a date").formParam("attainmentPercent", "50")
                .post("/offers/" + offer + "/team/" + first + "/attainments").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"quarter-" + first + "-error\""), refused);
        assertEquals(29, refused.split("class=\"member-act\"").length - 1, "the others stay links");
    }

    @Test
    void anotherTeamsMemberIsNotFoundAndSomeoneWhoMayNotSeePayIsRefused() {
        Fixtures.Person lead = Fixtures.person(Fixtures.unique("Tess Team"), "HIRING_MANAGER");
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Otto Other"), "HIRING_MANAGER");
        long offer = offered(lead, "TECHNICAL_ACCOUNT_EXECUTIVE", "800000", LocalDate.now().plusMonths(1));
        long otherOffer = offered(other, "TECHNICAL_ACCOUNT_EXECUTIVE", "800000", LocalDate.now().plusMonths(1));
        member(other, otherOffer, "Not Yours", "2024-01-08", "500000");
        long notYours = database.count("select id from team_member where manager_id = ?", other.id());

        lead.calls().get("/offers/" + offer + "/team/" + notYours + "/forms").then().statusCode(404);
        Fixtures.Person interviewer = Fixtures.person(Fixtures.unique("Ivy Interviewer"), "INTERVIEWER");
        int refused = interviewer.calls().get("/offers/" + otherOffer + "/team/" + notYours + "/forms").then()
                .extract().statusCode();
        assertTrue(refused == 403 || refused == 404, "an interviewer never sees a team's pay: " + refused);
    }
}
