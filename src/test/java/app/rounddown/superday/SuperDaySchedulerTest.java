package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.mail.ScorecardReminders;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 17, items 7 to 9: the scheduling form as a recruiter uses it every day. */
@QuarkusTest
class SuperDaySchedulerTest {
    /** A Tuesday in winter, when London is five hours ahead of New York. */
    private static final String TUESDAY = "2027-01-12";

    @Inject
    Database database;
    @Inject
    ScorecardReminders reminders;

    private static Fixtures.Person someone(String name, String zone, String role) {
        String email = Fixtures.unique(name).toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@rounddown.test";
        return new Fixtures.Person(Fixtures.user(name, email, zone, role), name, email);
    }

    private static long londonCandidate(long opening) {
        return atSuperDay(opening, Fixtures.unique("Lena London"));
    }

    private static void reviewer(long application, Fixtures.Person person, Instant startsAt) {
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", person.id(), "startsAt", startsAt.toString())).post("/api/assignments")
                .then().statusCode(201);
    }

    private static String blank(long application) {
        return given().get("/superdays/new?applicationId=" + application + "&day=" + TUESDAY).then().statusCode(200)
                .extract().asString();
    }

    /**
     * "The form said 'No warnings' while its pre-filled day put a New York participant at 04:00 his time": a hiring
     * manager eight hours behind the candidate cannot open the day at any time both keep, and the form says so, with
     * the warnings, before anything is edited.
     */
    @Test
    void aDayThatCannotFitEveryonesWorkingHoursSaysSoWithItsWarningsOnTheFirstRender() {
        Fixtures.Person manager = someone("Lou Angeles", "America/Los_Angeles", "HIRING_MANAGER");
        long application = londonCandidate(Fixtures.opening(Fixtures.unique("Far away"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                manager.id()));
        given().get("/superdays/new?applicationId=" + application + "&day=" + TUESDAY).then().statusCode(200)
                .body(containsString("cannot keep everyone within 08:00\u201318:00"))
                .body(containsString("Kick-off runs 01:00\u201301:15 in America/Los_Angeles for Lou Angeles"))
                .body(containsString("I have read these warnings; save anyway"))
                .body(not(containsString("No warnings")));
    }

    /**
     * Seed: "An Sales and CS SuperDay usually looks like this (there is a degree of flexibility due to time zone
     * differences)". A reviewer in New York is not in the demo role-play at 07:40 their time: it moves to 13:10 in
     * London, 08:10 in New York, and the form says why; nothing is left to warn about.
     */
    @Test
    void theUsualDayIsLaidOutAroundAReviewerFiveHoursBehind() {
        Fixtures.Person manager = someone("Mo London", "Europe/London", "HIRING_MANAGER");
        long application = londonCandidate(Fixtures.opening(Fixtures.unique("Near"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                manager.id()));
        Fixtures.Person nia = someone("Nia York", "America/New_York", "INTERVIEWER");
        reviewer(application, nia, Instant.now());
        given().get("/superdays/new?applicationId=" + application + "&day=" + TUESDAY).then().statusCode(200)
                .body(containsString("Laid out around everyone"))
                .body(containsString("the demo role-play is at 13:10"))
                .body(containsString("value=\"" + TUESDAY + "T13:10\""))
                .body(containsString("No warnings"));
    }

    /** "Nine multi-select list boxes needing Ctrl-click" and "the candidate's time zone field appears twice". */
    @Test
    void whoTakesPartIsTickBoxesAndTheCandidatesZoneIsAskedOnce() {
        long application = londonCandidate(Fixtures.openingTae());
        String page = blank(application);
        assertTrue(page.contains("type=\"checkbox\" name=\"people0\" value=\"" + Fixtures.hannah().id() + "\" checked"),
                "the hiring manager is ticked for the kick-off");
        assertTrue(!Pattern.compile("<select[^>]*multiple").matcher(page).find(), "no multi-select list box is left");
        assertEquals(1, count(page, "name=\"candidateZone\""));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
    }

    @Test
    void layingOutTheDayAgainKeepsTheFeeTypedAndExplainsABadDayOrZoneBesideItsField() {
        long application = londonCandidate(Fixtures.openingTae());
        form().formParams(Map.of("applicationId", application, "layoutDay", "next tuesday",
                        "candidateZone", "Mars/Olympus", "fee", "1234")).post("/superdays/layouts").then().statusCode(400)
                .body(containsString("Give the day as a date, such as 2026-11-24."))
                .body(containsString("\u201cMars/Olympus\u201d is not a time zone"))
                .body(containsString("value=\"1234\""));
        form().formParams(Map.of("applicationId", application, "layoutDay", "2027-01-13",
                        "candidateZone", "Asia/Tokyo", "fee", "1234")).post("/superdays/layouts").then().statusCode(200)
                .body(containsString("value=\"2027-01-13T09:00\""))
                .body(containsString("value=\"Asia/Tokyo\""))
                .body(containsString("value=\"1234\""));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
    }

    /**
     * "Scheduling should set the SuperDay reviewers from the participants (editable)": the reviewer ticked is assigned
     * the SuperDay, told once (their blocks as calendar requests, no separate interview invitation, and the candidate
     * gets only the SuperDay invitation), and their card is due a day after the day ends.
     */
    @Test
    void schedulingAssignsTheReviewersTickedAndTellsEachOnce() {
        long application = londonCandidate(Fixtures.openingTae());
        Fixtures.Person hannah = Fixtures.hannah();
        Map<String, Object> day = usualDay(application, "Europe/London", LocalDateTime.parse(TUESDAY + "T09:00"),
                hannah.id(), null);
        day.put("reviewers", hannah.id());
        long id = schedule(day);
        assertEquals(1, database.count("select count(*) from interview_assignment i join superday s on "
                + "s.application_id = i.application_id where s.id = ? and i.stage = 'SUPERDAY' and i.interviewer_id = ? "
                + "and i.card_due_at = s.ends_at + interval '24 hours'", id, hannah.id()));
        assertEquals(0, database.count("select count(*) from outbox where application_id = ? and kind in "
                + "('interview-invitation', 'candidate-interview-invitation')", application));
        assertEquals(1, database.count("select count(*) from outbox where application_id = ? and kind = "
                + "'superday-participant'", application));
        assertEquals(1, database.count("select count(*) from outbox where application_id = ? and kind = "
                + "'superday-invitation'", application));
    }

    @Test
    void aReviewerWhoTakesPartInNoBlockIsExplainedBesideTheReviewersAndNothingIsSaved() {
        long application = londonCandidate(Fixtures.openingTae());
        Fixtures.Person simon = Fixtures.simon();
        Map<String, Object> day = usualDay(application, "Europe/London", LocalDateTime.parse(TUESDAY + "T09:00"),
                Fixtures.hannah().id(), null);
        day.put("reviewers", simon.id());
        form().formParams(day).formParam("confirmWarnings", "yes").post("/superdays").then().statusCode(400)
                .body(containsString("Simon Technical takes part in no block: add them to a block, or untick them "
                        + "as a reviewer."))
                .body(containsString("name=\"reviewers\" value=\"" + simon.id() + "\" checked"));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
        assertEquals(0, database.count("select count(*) from interview_assignment where application_id = ? "
                + "and stage = 'SUPERDAY'", application));
    }

    /**
     * "A SuperDay card is due at the end of the day (plus a grace period), not before it: one card was shown overdue
     * on 29 Nov for a SuperDay on 8 Dec." A reviewer assigned days ago is overdue until the day is scheduled.
     */
    @Test
    void aReviewersCardIsDueADayAfterTheSuperDayEndsNotADayAfterTheyWereAssigned() {
        String name = Fixtures.unique("Owen Overdue");
        long application = atSuperDay(Fixtures.openingTae(), name);
        // Someone of this test's own: the shared demo people owe other tests' cards, overdue ones among them.
        Fixtures.Person hannah = Fixtures.person(Fixtures.unique("Hana Reviewer"), "HIRING_MANAGER");
        reviewer(application, hannah, Instant.now().minus(3, ChronoUnit.DAYS));
        given().get("/queues").then().statusCode(200).body(containsString(name));

        LocalDateTime nine = LocalDateTime.now().plusDays(9).truncatedTo(ChronoUnit.DAYS).withHour(9);
        long id = schedule(usualDay(application, "Europe/London", nine, hannah.id(), null));
        assertEquals(1, database.count("select count(*) from interview_assignment i join superday s on "
                + "s.application_id = i.application_id where s.id = ? and i.stage = 'SUPERDAY' "
                + "and i.card_due_at = s.ends_at + interval '24 hours'", id));
        given().get("/queues").then().statusCode(200).body(not(containsString(name)));
        hannah.calls().get("/interviews").then().statusCode(200).body(containsString(name))
                .body(not(containsString("verdue since")));
    }

    /** A reviewer is not told their card is missing while the candidate is still at work on the task. */
    @Test
    void aReviewerIsRemindedOfTheirCardOnlyAfterTheDayEndsNotAfterTheirOwnBlock() {
        long application = londonCandidate(Fixtures.openingTae());
        Fixtures.Person rhea = someone("Rhea Reviewer", "Europe/London", "INTERVIEWER");
        Map<String, Object> day = usualDay(application, "Europe/London", LocalDateTime.parse(TUESDAY + "T09:00"),
                Fixtures.hannah().id(), null);
        day.put("people3", List.of(Fixtures.hannah().id(), rhea.id()));
        day.put("reviewers", rhea.id());
        schedule(day);
        // The demo role-play ends at 13:20, the day at 17:00 (London is on UTC in January).
        reminders.remindDue(Instant.parse(TUESDAY + "T15:00:00Z"));
        assertEquals(0, reminded(rhea));
        reminders.remindDue(Instant.parse(TUESDAY + "T18:05:00Z"));
        assertEquals(1, reminded(rhea));
    }

    private long reminded(Fixtures.Person person) {
        return database.count("select count(*) from outbox where kind = 'scorecard-reminder' and to_address = ?",
                person.email());
    }

    @Test
    void changingTheAgendaShowsTheReviewersAssignedAndAssignsOneMoreTicked() {
        long application = londonCandidate(Fixtures.openingTae());
        Fixtures.Person hannah = Fixtures.hannah();
        Fixtures.Person simon = Fixtures.simon();
        Map<String, Object> day = usualDay(application, "Europe/London", LocalDateTime.parse(TUESDAY + "T09:00"),
                hannah.id(), null);
        day.put("reviewers", hannah.id());
        long id = schedule(day);
        String edit = given().get("/superdays/" + id + "/agenda/edit").then().statusCode(200).extract().asString();
        assertTrue(edit.contains("name=\"reviewers\" value=\"" + hannah.id() + "\" checked disabled> Hannah Hiring "
                + "<span class=\"zone\">(assigned)</span>"), "the reviewer assigned is shown, and stays");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit);
        assertTrue(version.find());
        day.put("version", version.group(1));
        day.put("people3", List.of(hannah.id(), simon.id()));
        day.put("reviewers", simon.id());
        form().formParams(day).formParam("confirmWarnings", "yes").post("/superdays/" + id + "/agenda")
                .then().statusCode(303);
        assertEquals(2, database.count("select count(*) from interview_assignment i join superday s on "
                + "s.application_id = i.application_id where s.id = ? and i.stage = 'SUPERDAY' "
                + "and i.card_due_at = s.ends_at + interval '24 hours'", id));
    }

    @Test
    void theFormRunsTheSameStatementsForOneReviewerAndForFour() {
        long one = londonCandidate(Fixtures.openingTae());
        long four = londonCandidate(Fixtures.openingTae());
        reviewer(one, Fixtures.simon(), Instant.now());
        for (String name : List.of("Ann Panel", "Ben Panel", "Cy Panel", "Di Panel")) {
            reviewer(four, someone(name, "Europe/Paris", "INTERVIEWER"), Instant.now());
        }
        long forOne = Statements.during(() -> blank(one));
        long forFour = Statements.during(() -> blank(four));
        assertEquals(forOne, forFour);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
