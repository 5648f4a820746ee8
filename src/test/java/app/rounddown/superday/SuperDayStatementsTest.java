package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import app.rounddown.support.LeavesOverdueCards;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuperDayStatementsTest extends LeavesOverdueCards {
    private static final List<String> VIEWS = List.of("upcoming", "this-week", "needs-payment", "all");

    /** Held this long from today: in the past (fee due), today (this week), or next month (upcoming). */
    private static void superDays(int each) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < each; i++) {
            for (LocalDateTime nine : List.of(today.minusDays(3).atTime(9, 0), today.atTime(9, 0),
                    today.plusMonths(1).atTime(9, 0))) {
                schedule(usualDay(janeAtSuperDay(), "UTC", nine, Fixtures.hannah().id(), null));
            }
        }
    }

    private static long statementsToRender(String path) {
        return Statements.during(() -> given().get(path).then().statusCode(200));
    }

    @Test
    void eachViewOfTheListRunsTheSameStatementsForThreeSuperDaysAndForEighteenMore() {
        superDays(1);
        List<Long> before = new ArrayList<>();
        VIEWS.forEach(view -> before.add(statementsToRender("/superdays?view=" + view)));
        superDays(6);
        List<Long> after = new ArrayList<>();
        VIEWS.forEach(view -> after.add(statementsToRender("/superdays?view=" + view)));

        // Two to check the caller's API token (the token, the person with their roles), two for the list: the
        // view's total for the pager, and a page of SuperDays with their candidates and openings.
        before.forEach(count -> assertTrue(count > 0 && count <= 4, "SuperDay list statements: " + before));
        assertEquals(before, after, "statements per view " + VIEWS);
    }

    @Test
    void paymentsRunTheSameStatementsForOneDueFeeAndForSevenMore() {
        superDays(1);
        long before = statementsToRender("/payments");
        superDays(6);
        long after = statementsToRender("/payments");

        // Two to check the caller's API token, one for the page: every unpaid fee that is due, with its candidate
        // and opening.
        assertTrue(before > 0 && before <= 3, "payments statements: " + before);
        assertEquals(before, after);
    }

    @Test
    void theSuperDayPageRunsTheSameStatementsWhateverItsAgendaPeopleCardsAndHandIns() throws Exception {
        long small = superDay(0, 1, 1, 1);
        long large = superDay(AgendaForm.MAX_ROWS - 6, 4, 4, HandIns.MAX_SUBMISSIONS);

        long forSmall = statementsToRender("/superdays/" + small);
        long forLarge = statementsToRender("/superdays/" + large);

        // Two to check the caller's API token, then the page: the day with its candidate, opening, task version and
        // agenda, the agenda's people, the people's other bookings (the warnings), the reviewers and their cards, the
        // hand-ins with their files, and the task's attachments.
        assertTrue(forSmall > 0 && forSmall <= 9, "SuperDay page statements: " + forSmall);
        assertEquals(forSmall, forLarge);
        String page = given().get("/superdays/" + large).then().statusCode(200).extract().asString();
        assertEquals(HandIns.MAX_SUBMISSIONS, page.split("<article class=\"submission\">").length - 1, "every hand-in shown");
        assertTrue(page.contains("Extra Participant 4"), "every participant shown");
    }

    /**
     * A SuperDay of its own with a task: the usual day and this many team chats more, this many people in each
     * meeting, reviewers' cards, and hand-ins of a file each plus one.
     */
    private long superDay(int moreChats, int people, int reviewers, int handIns) throws Exception {
        long application = janeAtSuperDay();
        LocalDateTime nine = LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(9, 0);
        Map<String, Object> fields = usualDay(application, "UTC", nine, Fixtures.hannah().id(),
                task(Fixtures.unique("Counted task")));
        for (int i = 0; i < moreChats; i++) {
            fields.put("kind" + (6 + i), "TEAM_CHATS");
            fields.put("start" + (6 + i), nine.plusMinutes(480 + 10L * i).toString());
            fields.put("minutes" + (6 + i), "10");
            fields.put("people" + (6 + i), Fixtures.hannah().id());
        }
        List<Long> who = new ArrayList<>(List.of(Fixtures.hannah().id()));
        for (int i = 2; i <= people; i++) {
            who.add(Fixtures.person("Extra Participant " + i, "INTERVIEWER").id());
        }
        fields.keySet().stream().filter(key -> key.startsWith("people")).toList().forEach(key -> fields.put(key, who));
        long day = schedule(fields);
        for (int i = 1; i <= reviewers; i++) {
            superDayCard(application, Fixtures.person("Counted Reviewer " + i, "INTERVIEWER"), 3, Map.of("output", 3),
                    "A concern");
        }
        for (int version = 1; version <= handIns; version++) {
            database.execute("with f as (insert into stored_file (filename, content_type, size_bytes, sha256, content) "
                    + "select 'plan-' || g || '.pdf', 'application/pdf', 4, 'x', 'abcd'::bytea "
                    + "from generate_series(1, " + (version + 1) + ") g returning id), "
                    + "s as (insert into superday_submission (superday_id, version, late, links, notes) values (" + day
                    + ", " + version + ", false, 'https://example.com/a', 'notes') returning id) "
                    + "insert into superday_submission_file select s.id, f.id from s, f");
        }
        return day;
    }
}
