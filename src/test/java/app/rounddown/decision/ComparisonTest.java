package app.rounddown.decision;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import app.rounddown.support.SuperDayFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hiring manager compares SuperDay outputs on the same task, blind first. */
@QuarkusTest
class ComparisonTest {
    @Inject
    Database database;
    @Inject
    org.hibernate.SessionFactory sessionFactory;

    record Setup(long opening, List<String> names, String otherVersionName, long version) {
    }

    /** Two candidates on version 1 of the task, then the task changes and a third gets version 2. */
    private Setup threeSuperDays() {
        long opening = Fixtures.opening(Fixtures.unique("Compared TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", Fixtures.hannah().id());
        String title = Fixtures.unique("Acme week");
        long task = task(title);
        String ana = Fixtures.unique("Anaïs Quill");
        // No short name parts: the page carries a random anti-forgery token, which holds a two-letter name by chance.
        String bo = Fixtures.unique("Bohumil Zephyr");
        String cy = Fixtures.unique("Cyrus Vantablack");
        Fixtures.Person reviewer = Fixtures.person("Rhea Reviewer", "INTERVIEWER");
        LocalDate day = LocalDate.now().minusDays(1);
        long a = atSuperDay(opening, ana);
        long b = atSuperDay(opening, bo);
        schedule(usualDay(a, "UTC", day.atTime(9, 0), Fixtures.hannah().id(), task));
        schedule(usualDay(b, "UTC", day.atTime(9, 0), Fixtures.hannah().id(), task));
        SuperDayFixtures.releaseJobRuns();
        superDayCard(a, reviewer, 4, Map.of("output", 4, "demo", 3), ana + " was sharp; talked fast");
        superDayCard(b, reviewer, 2, Map.of("output", 2), null);
        given().redirects().follow(false).multiPart("title", title).multiPart("brief", "Version two brief")
                .multiPart("deliverables", "A plan.").multiPart("version", "1").multiPart("rowVersion", database.text(
                        "select row_version from superday_task_version where task_id = ? and version = 1", task))
                .post("/tasks/" + task).then().statusCode(303);
        long c = atSuperDay(opening, cy);
        schedule(usualDay(c, "UTC", day.plusDays(30).atTime(9, 0), Fixtures.hannah().id(), task));
        long version = database.count("select id from superday_task_version where task_id = ? and version = 1", task);
        return new Setup(opening, List.of(ana, bo), cy, version);
    }

    @Test
    void theBlindPassShowsNoNameOrEmailAnywhereInThePageAndOtherVersionsStayApart() {
        Setup setup = threeSuperDays();
        String page = Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).then().statusCode(200)
                .body(containsString("Candidate A")).body(containsString("Candidate B"))
                .body(containsString("blind first pass"))
                .extract().asString();
        for (String name : setup.names()) {
            for (String part : name.split(" ")) {
                assertFalse(page.contains(part), "the blind page shows " + part);
            }
        }
        assertFalse(page.contains("@example.com"));
        assertFalse(page.contains(setup.otherVersionName().split(" ")[0]), "a candidate on another version is named");
        assertTrue(page.contains("On other versions of the task"));
        // Sorted by result: the strong yes comes first.
        assertTrue(page.indexOf("4 Strong yes") > 0 && page.indexOf("4 Strong yes") < page.indexOf("2 No"));
    }

    /** The header row's labels, left to right. */
    private static List<String> headers(String page) {
        String row = page.substring(page.indexOf("<th scope=\"col\">Row</th>"), page.indexOf("</tr>",
                page.indexOf("<th scope=\"col\">Row</th>")));
        return java.util.regex.Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(row).results()
                .map(m -> m.group(1)).skip(1).toList();
    }

    @Test
    void revealingNamesKeepsEachColumnsLetterAndPlace() {
        Setup setup = threeSuperDays();
        List<String> blind = headers(Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).asString());
        Fixtures.hannah().calls().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("version", setup.version()).post("/comparisons/" + setup.opening() + "/reveal")
                .then().statusCode(303);
        List<String> revealed = headers(Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).asString());
        assertEquals(blind.size(), revealed.size());
        for (int i = 0; i < blind.size(); i++) {
            assertTrue(revealed.get(i).startsWith(blind.get(i) + ": "), blind + " then " + revealed);
        }
        assertTrue(revealed.stream().anyMatch(label -> label.endsWith(": " + setup.names().get(0))), revealed.toString());
    }

    @Test
    void revealingNamesIsOneLoggedActionForThatViewer() {
        Setup setup = threeSuperDays();
        Fixtures.hannah().calls().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("version", setup.version()).post("/comparisons/" + setup.opening() + "/reveal")
                .then().statusCode(303);
        Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).then().statusCode(200)
                .body(containsString(setup.names().get(0))).body(containsString(setup.names().get(1)));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'comparison' and entity_id = ? "
                + "and action = 'revealed'", setup.opening()));
        String other = given().get("/comparisons/" + setup.opening()).then().statusCode(200).extract().asString();
        assertFalse(other.contains(setup.names().get(0)), "one viewer's reveal revealed names to another");
    }

    @Test
    void theCsvExportIsBlindUntilRevealedAndHasAColumnPerCriterion() {
        Setup setup = threeSuperDays();
        String csv = Fixtures.hannah().calls().get("/comparisons/" + setup.opening() + "/export").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("candidate,submitted_at,late,result,Output of the day"), csv);
        assertTrue(csv.contains("Candidate A"));
        assertFalse(csv.contains(setup.names().get(0).split(" ")[0]));
    }

    @Test
    void aHiringManagerWhoStillOwesTheirOwnSuperDayCardSeesNoOtherScores() {
        Setup setup = threeSuperDays();
        long application = database.count("select a.id from application a join candidate c on c.id = a.candidate_id "
                + "where c.name = ?", setup.names().get(0));
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", Fixtures.hannah().id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        String page = Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).then().statusCode(200)
                .body(containsString("Hidden until your SuperDay card is in")).extract().asString();
        assertFalse(page.contains("4 Strong yes"), "a score shows before Hannah's own card is in");
        Fixtures.hannah().calls().get("/decisions/" + application).then().statusCode(200)
                .body(containsString("Hidden until your own SuperDay card is in."));
    }

    @Test
    void blindFileDownloadsCarryNoFileName() throws Exception {
        Setup setup = threeSuperDays();
        long day = database.count("select s.id from superday s join application a on a.id = s.application_id "
                + "join candidate c on c.id = a.candidate_id where c.name = ?", setup.names().get(0));
        database.execute("with f as (insert into stored_file (filename, content_type, size_bytes, sha256, content) "
                + "values ('Anais_Quill_plan.pdf', 'application/pdf', 4, 'x', 'abcd'::bytea) returning id), "
                + "s as (insert into superday_submission (superday_id, version, late, links, notes) values (" + day
                + ", 1, false, '', '') returning id) insert into superday_submission_file select s.id, f.id from s, f");
        String page = Fixtures.hannah().calls().get("/comparisons/" + setup.opening()).then().statusCode(200).extract().asString();
        assertFalse(page.contains("Anais_Quill"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/comparisons/\\d+/files/\\d+/1").matcher(page);
        assertTrue(link.find(), "a file link on the comparison");
        String disposition = Fixtures.hannah().calls().get(link.group()).then().statusCode(200).extract().header("Content-Disposition");
        assertEquals("attachment; filename=\"file-1.pdf\"; filename*=UTF-8''file-1.pdf", disposition);
    }

    @Test
    void interviewersAndOtherHiringManagersCannotOpenTheComparison() {
        Setup setup = threeSuperDays();
        Fixtures.simon().calls().get("/comparisons/" + setup.opening()).then().statusCode(403);
        Fixtures.marcus().calls().get("/comparisons/" + setup.opening()).then().statusCode(403);
        form().get("/comparisons/" + setup.opening()).then().statusCode(200);
    }

    /** An opening whose candidates each did the SuperDay, handed in a file and got a card. */
    private long openingWith(int candidates) throws Exception {
        long opening = Fixtures.opening(Fixtures.unique("Counted TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", Fixtures.hannah().id());
        long task = task(Fixtures.unique("Counted task"));
        Fixtures.Person reviewer = Fixtures.person("Rhea Reviewer", "INTERVIEWER");
        for (int i = 0; i < candidates; i++) {
            long application = atSuperDay(opening, Fixtures.unique("Counted Candidate"));
            long day = schedule(usualDay(application, "UTC", LocalDate.now().minusDays(2).atTime(9, 0), Fixtures.hannah().id(), task));
            superDayCard(application, reviewer, 3, Map.of("output", 3), "A concern");
            database.execute("with f as (insert into stored_file (filename, content_type, size_bytes, sha256, content) "
                    + "values ('plan.pdf', 'application/pdf', 4, 'x', 'abcd'::bytea) returning id), "
                    + "s as (insert into superday_submission (superday_id, version, late, links, notes) values (" + day
                    + ", 1, false, 'https://example.com/a', 'notes') returning id) "
                    + "insert into superday_submission_file select s.id, f.id from s, f");
        }
        return opening;
    }

    private long statementsFor(String path) {
        Fixtures.hannah().calls().get(path).then().statusCode(200);
        return Statements.during(() -> Fixtures.hannah().calls().get(path).then().statusCode(200));
    }

    @Test
    void theComparisonRunsTheSameStatementsForTwoAndForSixCandidates() throws Exception {
        long two = openingWith(2);
        long six = openingWith(6);
        long forTwo = statementsFor("/comparisons/" + two);
        long forSix = statementsFor("/comparisons/" + six);
        // Two to check the caller's API token, one for the access rule, then the opening, the SuperDays with their
        // candidates and task versions, whether this viewer revealed the names, the reviewers, their cards, the
        // hand-ins and the hand-ins' files.
        assertTrue(forTwo > 0 && forTwo <= 10, "comparison statements: " + forTwo);
        assertEquals(forTwo, forSix);
    }
}
