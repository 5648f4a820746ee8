package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuperDayPagesTest {
    private static final LocalDateTime NEXT_MONTH = LocalDate.now().plusMonths(1).withDayOfMonth(10).atTime(9, 0);

    @Inject
    Database database;
    @Inject
    TaskReleases taskRelease;

    @Test
    void schedulingStoresTheAgendaInUtcAndShowsItInTheCandidatesZoneAndEachParticipantsOwn() {
        long application = janeAtSuperDay();
        Fixtures.Person hannah = Fixtures.hannah();
        // 1 November 2026: New York leaves daylight saving at 02:00; London already left a week before.
        long id = schedule(usualDay(application, "America/New_York", LocalDateTime.of(2026, 11, 1, 9, 0), hannah.id(), null));
        assertEquals(6, database.count("select count(*) from superday_block where superday_id = ?", id));
        assertEquals("2026-11-01 14:00:00+00", database.text("select min(starts_at) at time zone 'UTC' || '+00' "
                + "from superday_block where superday_id = ?", id));
        given().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("09:00–09:15"))
                .body(containsString("Hannah Hiring 14:00–14:15"))
                .body(containsString("America/New_York"))
                .body(containsString("Europe/London"));
    }

    @Test
    void aDaySplitOverTwoDaysShowsTwoSessionsAndAUsCandidateIsAskedForAW9() {
        long application = janeAtSuperDay();
        Map<String, Object> day = usualDay(application, "America/Chicago", NEXT_MONTH, Fixtures.hannah().id(), null);
        day.put("start4", NEXT_MONTH.plusDays(1).toString());
        day.put("start5", NEXT_MONTH.plusDays(1).plusMinutes(200).toString());
        long id = schedule(day);
        given().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("Session 1: "))
                .body(containsString("Session 2: "));
        assertEquals("W9", database.text("select tax_form from superday where id = ?", id));
    }

    @Test
    void tooManyMeetingsAreAWarningShownBeforeSavingAndNothingIsSavedUntilTheRecruiterConfirms() {
        long application = janeAtSuperDay();
        Map<String, Object> day = meetingHeavyDay(application);
        form().formParams(day).post("/superdays").then().statusCode(200)
                .body(containsString("keep them to 20% so at least 80% of the day goes to the task"))
                .body(containsString("save anyway"));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
        form().formParams(day).formParam("confirmWarnings", "yes").post("/superdays").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from superday where application_id = ?", application));
    }

    /**
     * Ticking "save anyway" is itself a change to the form, which redraws the warnings live: the redrawn box stays
     * ticked for the warnings it was ticked for (a CI run saved without it and showed the warnings again), and asks
     * again once the warnings are different, on the screen and on saving.
     */
    @Test
    void theSaveAnywayTickSurvivesTheLiveRedrawOnlyForTheWarningsItWasGivenFor() {
        long application = janeAtSuperDay();
        Map<String, Object> day = meetingHeavyDay(application);
        String shown = fingerprint(form().formParams(day).post("/superdays").then().statusCode(200).extract().asString());
        form().formParams(day).formParam("warningsShown", shown).formParam("confirmWarnings", "yes")
                .post("/superdays/warnings").then().statusCode(200)
                .body(containsString("name=\"confirmWarnings\" value=\"yes\" checked"));
        Map<String, Object> longer = new HashMap<>(day);
        longer.put("minutes1", "230");
        longer.put("start2", NEXT_MONTH.plusMinutes(245).toString());
        form().formParams(longer).formParam("warningsShown", shown).formParam("confirmWarnings", "yes")
                .post("/superdays/warnings").then().statusCode(200)
                .body(containsString("name=\"confirmWarnings\" value=\"yes\">"));
        form().formParams(longer).formParam("warningsShown", shown).formParam("confirmWarnings", "yes")
                .post("/superdays").then().statusCode(200).body(containsString("save anyway"));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
        form().formParams(day).formParam("warningsShown", shown).formParam("confirmWarnings", "yes")
                .post("/superdays").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from superday where application_id = ?", application));
    }

    /** The usual day with a 200-minute meeting with the hiring manager: more than 20% of the day in meetings. */
    private static Map<String, Object> meetingHeavyDay(long application) {
        Map<String, Object> day = usualDay(application, "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null);
        day.put("minutes1", "200");
        day.put("start2", NEXT_MONTH.plusMinutes(215).toString());
        return day;
    }

    private static String fingerprint(String page) {
        Matcher shown = Pattern.compile("name=\"warningsShown\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(shown.find(), "the warnings carry which ones were shown");
        return shown.group(1);
    }

    @Test
    void liveWarningsNameABlockOutsideWorkingHoursAndADoubleBookedParticipant() {
        long application = janeAtSuperDay();
        Fixtures.Person simon = Fixtures.simon();
        LocalDateTime early = NEXT_MONTH.withHour(6);
        given().contentType(ContentType.JSON).body(Map.of("applicationId", Fixtures.janeApplied(), "stage", "CULTURE",
                        "interviewerId", simon.id(), "startsAt", early.plusMinutes(5) + ":00Z"))
                .post("/api/assignments").then().statusCode(201);
        Map<String, Object> day = usualDay(application, "Europe/London", early, simon.id(), null);
        form().formParams(day).post("/superdays/warnings").then().statusCode(200)
                .body(containsString("Kick-off runs 06:00–06:15 in Europe/London for the candidate, outside 08:00–18:00."))
                .body(containsString("Simon Technical is double-booked: Kick-off overlaps an interview with Jane Doe"));
    }

    @Test
    void aBlockWithoutAStartOrAKindIsExplainedBesideItsRowAndTheTypedAgendaIsKept() {
        long application = janeAtSuperDay();
        Map<String, Object> day = usualDay(application, "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null);
        day.put("start3", "tomorrow-ish");
        day.put("candidateZone", "Mars/Olympus");
        form().formParams(day).post("/superdays").then().statusCode(400)
                .body(containsString("Give the start as a date and time"))
                .body(containsString("is not a time zone"))
                .body(containsString("value=\"tomorrow-ish\""));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
    }

    @Test
    void onlyACandidateAtTheSuperDayStageCanBeScheduled() {
        long application = Fixtures.janeApplied();
        form().formParams(usualDay(application, "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null))
                .formParam("confirmWarnings", "yes").post("/superdays").then().statusCode(400)
                .body(containsString("Move the candidate to the SuperDay stage before scheduling their SuperDay."));
    }

    @Test
    void theCandidateSeesTheAgendaBeforeKickOffButNotTheTask() {
        long task = task(Fixtures.unique("Acme first week"));
        long id = schedule(usualDay(janeAtSuperDay(), "America/New_York", NEXT_MONTH, Fixtures.hannah().id(), task));
        given().auth().none().get(portalLink(id)).then().statusCode(200)
                .body(containsString("Kick-off"))
                .body(containsString("America/New_York"))
                .body(containsString("Bring a laptop."))
                .body(not(containsString("Research the account")));
        assertNull(database.text("select released_at from superday where id = ?", id));
    }

    @Test
    void atKickOffTheTaskAppearsItsReleaseTimeIsKickOffAndItsVersionIsFrozen() {
        long task = task(Fixtures.unique("Acme first week"));
        LocalDateTime today = LocalDate.now().atTime(0, 5);
        long id = schedule(usualDay(janeAtSuperDay(), "UTC", today, Fixtures.hannah().id(), task));
        given().auth().none().get(portalLink(id)).then().statusCode(200)
                .body(containsString("Research the account"))
                .body(containsString("<strong>Acme</strong>"));
        assertNull(database.text("select released_at from superday where id = ?", id),
                "looking at the page changes nothing; the release job records the release");
        assertTrue(taskRelease.releaseDue(Instant.now()) >= 1);
        assertEquals(today.toString().replace('T', ' ') + ":00+00",
                database.text("select released_at at time zone 'UTC' || '+00' from superday where id = ?", id));
        assertNotNull(database.text("select frozen_at from superday_task_version where task_id = ?", task));
    }

    @Test
    void aRecruiterMayReleaseEarlyAndTheAuditLogSaysSo() {
        long task = task(Fixtures.unique("Acme first week"));
        long id = schedule(usualDay(janeAtSuperDay(), "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), task));
        form().post("/superdays/" + id + "/release").then().statusCode(303);
        assertNotNull(database.text("select released_at from superday where id = ?", id));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'superday' and entity_id = ? "
                + "and action = 'released' and summary like 'Task released early%'", id));
        given().auth().none().get(portalLink(id)).then().statusCode(200).body(containsString("Research the account"));
    }

    @Test
    void editingAReleasedTaskMakesANewVersionAndTheSuperDayKeepsTheOneItReleased() {
        String title = Fixtures.unique("Acme first week");
        long task = task(title);
        given().redirects().follow(false).multiPart("title", title).multiPart("brief", "Unreleased edit")
                .multiPart("deliverables", "A plan.").multiPart("version", "1").multiPart("rowVersion", database.text(
                        "select row_version from superday_task_version where task_id = ? and version = 1", task))
                .post("/tasks/" + task).then().statusCode(303);
        assertEquals(1, database.count("select count(*) from superday_task_version where task_id = ?", task));
        long id = schedule(usualDay(janeAtSuperDay(), "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), task));
        form().post("/superdays/" + id + "/release").then().statusCode(303);
        given().redirects().follow(false).multiPart("title", title).multiPart("brief", "A different brief")
                .multiPart("deliverables", "A plan.").multiPart("version", "1").multiPart("rowVersion", database.text(
                        "select row_version from superday_task_version where task_id = ? and version = 1", task))
                .post("/tasks/" + task).then().statusCode(303);
        assertEquals(2, database.count("select count(*) from superday_task_version where task_id = ?", task));
        assertEquals("Unreleased edit", database.text("select v.brief from superday s join superday_task_version v "
                + "on v.id = s.task_version_id where s.id = ?", id));
        given().auth().none().get(portalLink(id)).then().body(containsString("Unreleased edit"))
                .body(not(containsString("A different brief")));
    }

    @Test
    void aWrongARevokedAndAnExpiredLinkAllShowTheSamePlainPage() {
        long id = schedule(usualDay(janeAtSuperDay(), "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null));
        String link = portalLink(id);
        given().auth().none().get("/portal/not-a-real-link-at-all-000000000000").then().statusCode(404)
                .body(containsString("This link is not valid")).body(not(containsString("Jane")));
        form().post("/superdays/" + id + "/link-revocation").then().statusCode(303);
        given().auth().none().get(link).then().statusCode(404).body(containsString("This link is not valid"));
        form().post("/superdays/" + id + "/links").then().statusCode(303);
        String fresh = portalLink(id);
        given().auth().none().get(fresh).then().statusCode(200);
        database.update("update superday set ends_at = now() - interval '8 days', starts_at = now() - interval '9 days' "
                + "where id = ?", id);
        given().auth().none().get(fresh).then().statusCode(404).body(containsString("This link is not valid"));
    }

    @Test
    void aTaskTitleOnTwoLinesIsRefusedBesideTheFieldWhileTheBriefKeepsItsLines() {
        String title = Fixtures.unique("Acme first week");
        given().redirects().follow(false).multiPart("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .multiPart("title", title + "\r\nRead this first").multiPart("brief", "Plan the week.\n\n- Research")
                .multiPart("deliverables", "A plan.").post("/tasks")
                .then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"title-error\">Use a single line without line breaks or "
                        + "control characters.</p>"))
                .body(not(containsString("id=\"brief-error\"")));
        assertEquals(0, database.count("select count(*) from superday_task_version where title like ?", title + "%"));
    }

    @Test
    void twoPeopleEditingTheSameUnreleasedTaskCannotSilentlyOverwriteEachOther() {
        String title = Fixtures.unique("Acme first week");
        long task = task(title);
        given().redirects().follow(false).multiPart("title", title).multiPart("brief", "First editor's brief")
                .multiPart("deliverables", "A plan.").multiPart("version", "1").multiPart("rowVersion", "0")
                .post("/tasks/" + task).then().statusCode(303);
        given().redirects().follow(false).multiPart("title", title).multiPart("brief", "Second editor's brief")
                .multiPart("deliverables", "A plan.").multiPart("version", "1").multiPart("rowVersion", "0")
                .post("/tasks/" + task).then().statusCode(409);
        assertEquals("First editor's brief", database.text("select brief from superday_task_version where task_id = ?", task));
    }
}
