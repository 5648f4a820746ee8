package app.rounddown.decision;

import static app.rounddown.decision.OfferSetup.as;
import static app.rounddown.decision.OfferSetup.decided;
import static app.rounddown.decision.OfferSetup.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionStatementsTest {
    @Inject
    Database database;

    private static long statementsToRender(Fixtures.Person viewer, String path) {
        return Statements.during(() -> viewer.calls().get(path).then().statusCode(200));
    }

    private static Fixtures.Person[] reviewers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Fixtures.person("Deciding Reviewer " + i, "INTERVIEWER"))
                .toArray(Fixtures.Person[]::new);
    }

    @Test
    void theDecisionPageRunsTheSameStatementsForOneSuperDayCardAndForEighteen() {
        long one = decided(3, 1, reviewers(1));
        long eighteen = decided(3, 1, reviewers(18));

        long forOne = statementsToRender(Fixtures.hannah(), "/decisions/" + one);
        long forEighteen = statementsToRender(Fixtures.hannah(), "/decisions/" + eighteen);

        // Two to check the caller's API token, one for the access rule (the opening's hiring manager), then the
        // decision (read once, for the form and the page), the application, the SuperDay, its assignments and cards,
        // and the candidate and opening the template names.
        assertTrue(forOne > 0 && forOne <= 10, "decision page statements: " + forOne);
        assertEquals(forOne, forEighteen);
        String page = Fixtures.hannah().calls().get("/decisions/" + eighteen).then().statusCode(200).extract().asString();
        assertTrue(page.contains("rounded down from 18 card(s)"), "eighteen cards behind the result");
    }

    @Test
    void theOfferPageRunsTheSameStatementsForATeamOfOneAndATeamOfEighteen() {
        Fixtures.Person small = Fixtures.person(Fixtures.unique("Sally Smallteam"), "HIRING_MANAGER");
        Fixtures.Person large = Fixtures.person(Fixtures.unique("Lars Largeteam"), "HIRING_MANAGER");
        long smallOffer = offerWithTeam(small, 1);
        long largeOffer = offerWithTeam(large, 18);

        long forSmall = statementsToRender(small, "/offers/" + smallOffer);
        long forLarge = statementsToRender(large, "/offers/" + largeOffer);

        // Two to check the caller's API token, one for the access rule, then the application, the offer, the
        // opening, the team, its latest target recalculation, the team's attainments, the candidate and the manager.
        assertTrue(forSmall > 0 && forSmall <= 11, "offer page statements: " + forSmall);
        assertEquals(forSmall, forLarge);
        String page = large.calls().get("/offers/" + largeOffer).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Member 18"), "the whole team shown");
    }

    /** An offer drafted by this manager, with a team of this many, each with two quarters of attainment. */
    private long offerWithTeam(Fixtures.Person manager, int members) {
        long offer = offered(manager, "TECHNICAL_ACCOUNT_EXECUTIVE", "1000000", LocalDate.now().plusMonths(2));
        LocalDate lastQuarter = TeamQuota.quarterStartOf(LocalDate.now()).minusMonths(3);
        for (int i = 1; i <= members; i++) {
            as(manager).formParam("memberName", "Member " + i).formParam("memberStartsOn", "2023-01-09")
                    .formParam("memberQuota", "1000000").formParam("memberQuotaUnit", "MONEY")
                    .formParam("memberRoleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                    .post("/offers/" + offer + "/team").then().statusCode(303);
            String member = database.text("select id from team_member where manager_id = ? and name = ?", manager.id(),
                    "Member " + i);
            for (int q = 0; q < 2; q++) {
                as(manager).formParam("quarterStart", lastQuarter.minusMonths(3L * q).toString())
                        .formParam("attainmentPercent", "90")
                        .post("/offers/" + offer + "/team/" + member + "/attainments").then().statusCode(303);
            }
        }
        return offer;
    }
}
