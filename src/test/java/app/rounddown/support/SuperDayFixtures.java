package app.rounddown.support;

import static io.restassured.RestAssured.given;

import app.rounddown.superday.TaskReleases;
import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** Candidates at the SuperDay stage, tasks in the library, and SuperDays scheduled through the pages. */
public final class SuperDayFixtures {
    private SuperDayFixtures() {
    }

    private static Database database() {
        return Arc.container().instance(Database.class).get();
    }

    /** Jane, through every interview with the yes each gate needs, now at the SuperDay stage. */
    public static long janeAtSuperDay() {
        return atSuperDay(Fixtures.janeApplied());
    }

    /** Someone new in this opening, through every interview, now at the SuperDay stage. */
    public static long atSuperDay(long openingId, String name) {
        return atSuperDay(Fixtures.application(Fixtures.candidate(name), openingId));
    }

    private static long atSuperDay(long id) {
        TestData.get().throughEveryInterviewToTheSuperDay(id);
        return id;
    }

    /** A task for Technical Account Executives, made through the library page; returns the task id. */
    public static long task(String title) {
        given().redirects().follow(false).multiPart("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE").multiPart("title", title)
                .multiPart("brief", "Plan the first week with **Acme**.\n\n- Research the account\n- Draft the pitch")
                .multiPart("deliverables", "A one-page plan and a short deck.").multiPart("moreThanADay", "on")
                .post("/tasks").then().statusCode(303);
        return database().count("select t.id from superday_task t join superday_task_version v on v.task_id = t.id "
                + "where v.title = ?", title);
    }

    public static RequestSpecification form() {
        return Forms.post();
    }

    /**
     * The usual day from 09:00 in the candidate's zone on this date: kick-off and the hiring manager meeting with
     * the given person, focus time, the demo and team chats.
     */
    public static Map<String, Object> usualDay(long applicationId, String zone, LocalDateTime nine, long personId,
                                               Long taskId) {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("applicationId", applicationId);
        fields.put("candidateZone", zone);
        String[][] rows = {{"KICK_OFF", "0", "15"}, {"HIRING_MANAGER", "15", "20"}, {"FOCUS", "35", "185"},
                {"DEMO_ROLE_PLAY", "220", "40"}, {"FOCUS", "260", "200"}, {"TEAM_CHATS", "460", "20"}};
        for (int i = 0; i < rows.length; i++) {
            fields.put("kind" + i, rows[i][0]);
            fields.put("start" + i, nine.plusMinutes(Long.parseLong(rows[i][1])).toString());
            fields.put("minutes" + i, rows[i][2]);
            if (!rows[i][0].equals("FOCUS")) {
                fields.put("people" + i, personId);
            }
        }
        if (taskId != null) {
            fields.put("taskId", taskId);
        }
        fields.put("fee", "1000");
        fields.put("cancellationFee", "500");
        fields.put("currency", "USD");
        fields.put("prepareNotes", "Bring a laptop.");
        return fields;
    }

    /** Schedules through the form, saving past any warnings; returns the SuperDay id. */
    public static long schedule(Map<String, Object> fields) {
        String location = form().formParams(fields).formParam("confirmWarnings", "yes").post("/superdays")
                .then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A reviewer's SuperDay card, with a note on each criterion rated and a mild concern. */
    public static void superDayCard(long applicationId, Fixtures.Person reviewer, int overall, Map<String, Integer> scores,
                                    String concern) {
        given().contentType("application/json").body(Map.of("applicationId", applicationId, "stage", "SUPERDAY",
                "interviewerId", reviewer.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        Map<String, Object> ratings = new java.util.HashMap<>();
        scores.forEach((key, score) -> ratings.put(key, Map.of("score", score, "note", "note on " + key + " scored " + score)));
        Map<String, Object> card = new java.util.HashMap<>(Map.of("overall", overall, "ratings", ratings,
                "takeaways", reviewer.name() + " takeaway: overall " + overall));
        if (concern != null) {
            card.put("mildConcerns", concern);
        }
        reviewer.calls().contentType("application/json").body(card)
                .post("/api/scorecards/" + applicationId + "/SUPERDAY/submission").then().statusCode(201);
    }

    public static String portalLink(long superDayId) {
        String page = given().get("/superdays/" + superDayId).then().statusCode(200).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/portal/([A-Za-z0-9_-]{20,})").matcher(page);
        if (!link.find()) {
            throw new AssertionError("no candidate link on the SuperDay page");
        }
        return "/portal/" + link.group(1);
    }

    /** What the release job does every few seconds on every instance: tasks whose kick-off has come reach the candidate. */
    public static void releaseJobRuns() {
        Arc.container().instance(TaskReleases.class).get().releaseDue(Instant.now());
    }
}
