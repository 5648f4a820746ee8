package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 1: "Show on each card in an interview stage: cards in / assigned (e.g. "2/3 cards"), the rounded-down
 * score when all are in, and a blocker badge (missing card, below 3, Strong No, culture veto) with its reason on
 * hover/focus and in text for screen readers. The forward button says why it is not possible instead of failing
 * after the click."
 */
@QuarkusTest
class BoardCardsTest {
    @Inject
    Database database;

    @Test
    void aCardWaitingForACardSaysHowManyAreInAndWhoIsMissingAndShowsNoScoreYet() {
        Fixtures.Person pam = Fixtures.person("Prompt Pam", "INTERVIEWER");
        Fixtures.Person larry = Fixtures.person("Late Larry", "INTERVIEWER");
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", pam, 4);
        assign(pedro.application, "TECHNICAL", larry);
        assign(pedro.application, "TECHNICAL", Fixtures.person("Slow Sam", "INTERVIEWER"));

        String card = cardOf(board(pedro.opening), pedro.name);
        assertThat(card, containsString("1/3 cards"));
        assertThat(card, containsString("<span class=\"blocker\">Missing card</span>"));
        assertThat(card, not(containsString("Late Larry")));
        assertThat(card, not(containsString("Strong yes")));
        String actions = actionsOf(card);
        assertThat(actions, containsString("<span class=\"visually-hidden\">" + pedro.name
                + ": </span>Can't move to Small team yet: missing card"));
        assertThat(actions, containsString("<li>Waiting for the scorecard of Late Larry and Slow Sam"));
        assertThat(actions, not(containsString("name=\"to\" value=\"SMALL_TEAM\"")));
        assertThat(actions, containsString("/applications/" + pedro.application + "/overrides/new"));
    }

    @Test
    void allCardsInShowTheRoundedDownScoreAndABelowThreeBadge() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("Yes Yolanda", "INTERVIEWER"), 3);
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("No Norman", "INTERVIEWER"), 2);

        String card = cardOf(board(pedro.opening), pedro.name);
        assertThat(card, containsString("2/2 cards"));
        assertThat(card, containsString("<span class=\"score score-2\">2 No</span>"));
        assertThat(card, containsString("<span class=\"blocker\">Below 3</span>"));
        assertThat(actionsOf(card), containsString("<li>The Technical interview scores 2 (No), rounded down from the cards"));
    }

    @Test
    void aStrongNoAndACultureVetoEachGetTheirBadge() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("Vera Veto", "INTERVIEWER"), 1,
                Map.of("values", 1));

        String card = cardOf(board(pedro.opening), pedro.name);
        assertThat(card, containsString("<span class=\"blocker\">Strong No</span>"));
        assertThat(card, containsString("<span class=\"blocker\">Culture veto</span>"));
        String actions = actionsOf(card);
        assertThat(actions, containsString("<li>A Strong No from Vera Veto.</li>"));
        assertThat(actions, containsString("<li>Culture comes first, and Vera Veto scored"));
    }

    /** Independence: "someone still owing a card ... learns that the move is held, but not the scores or who said what". */
    @Test
    void someoneStillOwingACardSeesThatTheMoveIsHeldButNotWhy() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("No Norman", "INTERVIEWER"), 1);
        assign(pedro.application, "TECHNICAL", Fixtures.hannah());

        String card = cardOf(board(pedro.opening, Fixtures.hannah()), pedro.name);
        assertThat(card, containsString("<span class=\"blocker\">Results hidden</span>"));
        assertThat(card, not(containsString("Strong No")));
        assertThat(card, not(containsString("No Norman")));
        String actions = actionsOf(card, Fixtures.hannah());
        assertThat(actions, containsString("<li>The interview results do not allow a move on yet"));
        assertThat(actions, not(containsString("Strong No")));
        assertThat(actions, not(containsString("No Norman")));
    }

    @Test
    void aCandidateWhoMayMoveHasTheForwardButtonAndNoBlocker() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("Yes Yolanda", "INTERVIEWER"), 3);

        String card = cardOf(board(pedro.opening), pedro.name);
        assertThat(card, containsString("1/1 cards"));
        assertThat(card, containsString("3 Yes"));
        assertThat(card, not(containsString("class=\"blocker\"")));
        assertThat(actionsOf(card), containsString("name=\"to\" value=\"SMALL_TEAM\""));
    }

    @Test
    void aRefusedMoveNamesTheCandidate() {
        long opening = Fixtures.openingTae();
        String name = Fixtures.unique("Pedro Novak");
        long application = Fixtures.application(Fixtures.candidate(name), opening);
        Fixtures.move(application, "APPLIED", "CULTURE");

        Response refused = Forms.post().formParam("seenStage", "CULTURE").formParam("seenStatus", "ACTIVE")
                .formParam("to", "TECHNICAL").formParam("returnTo", "/boards/" + opening)
                .post("/applications/" + application + "/moves");
        assertEquals(303, refused.statusCode());
        assertThat(Forms.landing(refused), containsString(name
                + ": no scorecard has been submitted for the Culture interview yet."));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", application));
    }

    /**
     * Cards two or more points apart need a discussion; someone still owing their own card at the stage sees neither
     * the score nor that flag, so their card stays independent.
     */
    @Test
    void aDivergentPanelIsFlaggedExceptForSomeoneStillOwingACard() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("Keen Kim", "INTERVIEWER"), 4);
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("No Norman", "INTERVIEWER"), 2);

        String allIn = cardOf(board(pedro.opening), pedro.name);
        assertThat(allIn, containsString("<span class=\"score score-3\">3 Yes</span>"));
        assertThat(allIn, containsString("Needs discussion"));

        assign(pedro.application, "TECHNICAL", Fixtures.hannah());
        String asHannah = cardOf(board(pedro.opening, Fixtures.hannah()), pedro.name);
        assertThat(asHannah, containsString("2/3 cards"));
        assertThat(asHannah, not(containsString("Needs discussion")));
        assertThat(asHannah, not(containsString("class=\"score")));
        assertThat(cardOf(board(pedro.opening), pedro.name), containsString("Needs discussion"));
    }

    /** A rejected card keeps the result of the stage it left, as the rest of its card does. */
    @Test
    void aRejectedCardShowsTheResultOfItsStage() {
        Candidate pedro = atTechnical("Pedro Novak");
        Fixtures.card(pedro.application, "TECHNICAL", Fixtures.person("No Norman", "INTERVIEWER"), 2);
        close(pedro.application, "rejections", Map.of("seenStage", "TECHNICAL", "category", "EXPERIENCE",
                "reason", "Needs more closing experience"));

        String card = cardOf(given().get("/boards/" + pedro.opening + "?closed=true").then().statusCode(200)
                .extract().asString(), pedro.name);
        assertThat(card, containsString("<span class=\"score score-2\">2 No</span>"));
        assertThat(card, not(containsString("class=\"blocker\"")));
    }

    /** Issue 17, item 2: "A toggle shows them in their column, greyed, with their reason." */
    @Test
    void rejectedAndWithdrawnPeopleAppearInTheirColumnWithTheirReasonOnlyWhenAskedFor() {
        long opening = Fixtures.openingTae();
        String rejected = Fixtures.unique("Rhea Rejected");
        String withdrawn = Fixtures.unique("Wes Withdrawn");
        String active = Fixtures.unique("Ava Active");
        long first = Fixtures.application(Fixtures.candidate(rejected), opening);
        long second = Fixtures.application(Fixtures.candidate(withdrawn), opening);
        Fixtures.application(Fixtures.candidate(active), opening);
        Fixtures.move(first, "APPLIED", "CULTURE");
        close(first, "rejections", Map.of("seenStage", "CULTURE", "category", "EXPERIENCE",
                "reason", "Needs more closing experience"));
        close(second, "withdrawals", Map.of("seenStage", "APPLIED", "category", "ACCEPTED_OTHER_OFFER",
                "reason", "Took a job closer to home"));

        String usual = board(opening);
        assertThat(usual, containsString(active));
        assertThat(usual, not(containsString(rejected)));
        assertThat(usual, not(containsString(withdrawn)));
        assertThat(usual, containsString("id=\"board-closed\" name=\"closed\" type=\"checkbox\" value=\"true\"\n"));

        String all = given().get("/boards/" + opening + "?closed=true").then().statusCode(200).extract().asString();
        assertThat(all, containsString("value=\"true\" checked"));
        String rhea = cardOf(all, rejected);
        assertThat(rhea, containsString("class=\"card card-closed\""));
        assertThat(rhea, containsString("<strong>Rejected</strong>: Experience for the role. Needs more closing experience"));
        String reopen = actionsOf(rhea);
        assertThat(reopen, containsString("Reopen"));
        assertThat(reopen, containsString("name=\"returnTo\" value=\"/boards/" + opening + "?closed=true\""));
        assertThat(cardOf(all, withdrawn), containsString("<strong>Withdrawn</strong>"));
        assertThat(cardOf(all, withdrawn), containsString("Took a job closer to home"));
        assertThat(all, containsString("and 1 rejected or withdrawn"));
        assertThat(all.indexOf(active), org.hamcrest.Matchers.lessThan(all.indexOf(withdrawn)));
    }

    /** Issue 17, item 11: "Link them from ... the board card". */
    @Test
    void aCardLinksToTheCandidatesOfferForThoseWhoMayOpenItAndNamesItsStatusForOthers() {
        Candidate pedro = atTechnical("Pedro Novak");
        long offer = database.count("insert into offer (application_id, role_type, ote, currency, base_percent, "
                + "annual_quota, start_date, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 120000, 'USD', 50, "
                + "600000, date '2027-01-04', 'Test') returning id", pedro.application);

        assertThat(cardOf(board(pedro.opening), pedro.name), containsString("<a href=\"/offers/" + offer
                + "\" aria-label=\"Offer: Draft for " + pedro.name + "\">Offer: Draft</a>"));
        String asRita = Fixtures.rita().calls().get("/boards/" + pedro.opening).then().statusCode(200).extract().asString();
        assertThat(cardOf(asRita, pedro.name), containsString("Offer: Draft"));
        assertThat(asRita, not(containsString("/offers/" + offer)));
    }

    private record Candidate(long opening, long application, String name) {
    }

    private static Candidate atTechnical(String name) {
        long opening = Fixtures.openingTae();
        String unique = Fixtures.unique(name);
        long application = Fixtures.application(Fixtures.candidate(unique), opening);
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.pass(application, "CULTURE", "TECHNICAL");
        return new Candidate(opening, application, unique);
    }

    private static void assign(long application, String stage, Fixtures.Person interviewer) {
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", stage,
                "interviewerId", interviewer.id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
    }

    private static void close(long application, String action, Map<String, String> form) {
        var request = Forms.post().formParam("seenStatus", "ACTIVE");
        form.forEach(request::formParam);
        assertEquals(303, request.post("/applications/" + application + "/" + action).statusCode());
    }

    private static String board(long opening) {
        return given().get("/boards/" + opening).then().statusCode(200).extract().asString();
    }

    private static String board(long opening, Fixtures.Person viewer) {
        return viewer.calls().get("/boards/" + opening).then().statusCode(200).extract().asString();
    }

    /** The actions a card opens (as htmx loads them into it), fetched from the card's own link. */
    static String actionsOf(String card) {
        return actionsOf(card, given());
    }

    private static String actionsOf(String card, Fixtures.Person viewer) {
        return actionsOf(card, viewer.calls());
    }

    private static String actionsOf(String card, io.restassured.specification.RequestSpecification caller) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a class=\"card-act\" href=\"([^\"]+)\"")
                .matcher(card);
        if (!link.find()) {
            throw new AssertionError("the card has no actions link: " + card);
        }
        return caller.header("HX-Request", "true").get(link.group(1).replace("&amp;", "&")).then().statusCode(200)
                .extract().asString();
    }

    /** The HTML of the one card on the page that names this candidate. */
    static String cardOf(String page, String name) {
        int at = page.indexOf(">" + name + "</a>");
        if (at < 0) {
            throw new AssertionError("no card for " + name);
        }
        int start = page.lastIndexOf("<li class=\"card", at);
        return page.substring(start, page.indexOf("</li>", at));
    }
}
