package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.scorecard.RoundDown;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, report 5: "Per interviewer and stage: number of cards, the distribution of their overall scores over 1-4,
 * their mean against the mean of the other cards on the same candidates (a harsh/lenient offset), how often they
 * agreed with the stage's rounded-down result, soft-3 rate, share of cards written independently, share submitted
 * within 24 hours." Every figure below is worked out by hand from the cards in {@link World}.
 */
@QuarkusTest
class CalibrationTest {
    static final String MARCH = "from=2026-03-01&to=2026-03-31";
    static final String INTERVIEW = "2026-03-02T10:00:00Z";
    static final String AFTERNOON = "2026-03-02T15:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database database;

    /**
     * One culture stage at opening One (hiring manager Hana), interviews on 2 March 10:00-11:00 UTC, cards at 15:00
     * unless said otherwise. Hal is harsh, Lea lenient, Pat in between.
     * <pre>
     *        Lea  Pat            Hal                 result
     * a1      4   2 (24 h on the dot)  3, amended to 1     (4+2+1)/3 = 2.33 -> 2
     * a2      4   2 (24 h + 1 s)       2 (saw others)      8/3 -> 2
     * a3      3   3 (mild concerns)    2 (saw others)      8/3 -> 2
     * a4      4   2                    2 (saw others)      8/3 -> 2 (a draft 4 by Dan does not count)
     * a5      3   2                    2 (saw others)      7/3 -> 2
     * a6          3 (criteria 3, 2)                        alone
     * a7          3 (saw others)       2 (saw others)      2.5 -> 2
     * a8          2 (in May)
     * Opening Two (another manager): b1, Lea 1, Pat 1, on 10 March.
     * </pre>
     */
    record World(Person hana, Person lea, Person pat, Person hal, long one, long two, List<Long> candidates) {
    }

    private static World world;

    synchronized World world() {
        if (world == null) {
            Person hana = Fixtures.person(Fixtures.unique("Hana Calibration"), "HIRING_MANAGER");
            Person lea = Fixtures.person(Fixtures.unique("Lea Lenient"), "INTERVIEWER");
            Person pat = Fixtures.person(Fixtures.unique("Pat Plain"), "INTERVIEWER");
            Person hal = Fixtures.person(Fixtures.unique("Hal Harsh"), "INTERVIEWER");
            Person dan = Fixtures.person(Fixtures.unique("Dan Draft"), "INTERVIEWER");
            long one = Fixtures.opening(Fixtures.unique("Calibration One"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
            long two = Fixtures.opening(Fixtures.unique("Calibration Two"), "TECHNICAL_ACCOUNT_EXECUTIVE", Fixtures.hannah().id());
            List<Long> candidates = new ArrayList<>();
            long[] a = new long[9];
            for (int i = 1; i <= 8; i++) {
                long candidate = Fixtures.candidate(Fixtures.unique("Cal Candidate " + i));
                candidates.add(candidate);
                a[i] = Fixtures.application(candidate, one);
            }
            long b1 = Fixtures.application(Fixtures.candidate(Fixtures.unique("Cal Candidate b")), two);
            for (int i = 1; i <= 5; i++) {
                card(a[i], lea, i == 1 || i == 2 || i == 4 ? 4 : 3, AFTERNOON, false);
            }
            database.update("update scorecard set ratings = '{\"values\":{\"score\":4},\"helping\":{\"score\":2}}' "
                    + "where application_id = ? and interviewer_id = ?", a[3], lea.id());
            card(a[1], pat, 2, "2026-03-03T11:00:00Z", false);
            card(a[2], pat, 2, "2026-03-03T11:00:01Z", false);
            card(a[3], pat, 3, AFTERNOON, false);
            database.update("update scorecard set mild_concerns = 'Talks over people' where application_id = ? "
                    + "and interviewer_id = ?", a[3], pat.id());
            card(a[4], pat, 2, AFTERNOON, false);
            card(a[5], pat, 2, AFTERNOON, false);
            card(a[6], pat, 3, AFTERNOON, false);
            database.update("update scorecard set ratings = '{\"values\":{\"score\":3},\"helping\":{\"score\":2}}' "
                    + "where application_id = ? and interviewer_id = ?", a[6], pat.id());
            card(a[7], pat, 3, AFTERNOON, true);
            database.update("update scorecard set mild_concerns = '  ', ratings = '{\"values\":{\"score\":3},"
                    + "\"helping\":{\"score\":3},\"pitch\":{\"score\":null}}' where application_id = ? and interviewer_id = ?",
                    a[7], pat.id());
            card(a[8], pat, 2, "2026-05-10T09:00:00Z", false);
            card(a[1], hal, 3, AFTERNOON, false);
            revise(a[1], hal, 2, 1, "2026-03-05T09:00:00Z", false);
            for (int i : new int[] {2, 3, 4, 5, 7}) {
                card(a[i], hal, 2, AFTERNOON, true);
            }
            interview(a[4], dan);
            database.update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, overall) "
                    + "values (?, 'CULTURE', ?, 1, (select min(id) from interview_kit where stage = 'CULTURE'), 4)", a[4], dan.id());
            card(b1, lea, 1, "2026-03-10T09:00:00Z", false);
            card(b1, pat, 1, "2026-03-10T09:00:00Z", false);
            world = new World(hana, lea, pat, hal, one, two, candidates);
        }
        return world;
    }

    void card(long application, Person interviewer, int overall, String submittedAt, boolean sawOthers) {
        interview(application, interviewer);
        revise(application, interviewer, 1, overall, submittedAt, sawOthers);
    }

    void interview(long application, Person interviewer) {
        OffsetDateTime starts = OffsetDateTime.parse(INTERVIEW);
        database.update("insert into interview_assignment (application_id, stage, interviewer_id, starts_at, duration_minutes, "
                + "card_due_at) values (?, 'CULTURE', ?, ?, 60, ?)", application, interviewer.id(), starts, starts.plusHours(25));
    }

    void revise(long application, Person interviewer, int revision, int overall, String submittedAt, boolean sawOthers) {
        database.update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, overall, takeaways, "
                        + "submitted_at, saw_others) values (?, 'CULTURE', ?, ?, (select min(id) from interview_kit "
                        + "where stage = 'CULTURE'), ?, 'Noted', ?, ?)", application, interviewer.id(), revision, overall,
                OffsetDateTime.parse(submittedAt), sawOthers);
    }

    @Test
    void eachInterviewersCardsAreCountedAgainstTheOtherCardsOnTheSameCandidates() {
        World w = world();
        String page = given().get("/reports/calibration?" + MARCH + "&opening=" + w.one()).then().statusCode(200)
                .extract().asString();

        // Hal: 1, 2, 2, 2, 2, 2 (his amended a1 counts as its 1); others on those candidates 32 over 11 cards = 2.909;
        // mean 11/6 = 1.833; offset -1.08; agrees on a2-a5 and a7 (a 2.5 panel rounds down to 2): 5 of 6.
        assertEquals(List.of(w.hal().name(), "Culture interview", "6", "1 / 5 / 0 / 0", "0%", "6", "1.83", "2.90", "-1.08",
                "83%", "", "17%", "100%", "scores 1.08 points below (harsher than) the other interviewers on the same "
                        + "candidates; gives a 3 or more 0% of the time; the panel does 64% on the same candidates"),
                row(page, w.hal().name()));
        // Lea: 4, 4, 3, 4, 3 = 18/5 = 3.6 against 20/10 = 2.0; never the result; her 3s are not soft (criteria 4 and 2
        // average 3, and the other has no concerns).
        assertEquals(List.of(w.lea().name(), "Culture interview", "5", "0 / 0 / 2 / 3", "100%", "5", "3.60", "2.00", "+1.60",
                "0%", "0%", "100%", "100%", "scores 1.60 points above (more lenient than) the other interviewers on the "
                        + "same candidates; gives a 3 or more 100% of the time; the panel does 10% on the same candidates"),
                row(page, w.lea().name()));
        // Pat: seven cards in March (a8 is in May); a6 has nobody beside it, so 6 shared: 14/6 = 2.333 against 29/11 =
        // 2.636, offset -0.30; agrees on a1, a2, a4, a5; soft on a3 (concerns) and a6 (criteria 2.5), not a7 (blank
        // concerns, criteria 3); a1 came exactly 24 hours after the interview ended, a2 one second later.
        assertEquals(List.of(w.pat().name(), "Culture interview", "7", "0 / 4 / 3 / 0", "43%", "6", "2.33", "2.63", "-0.30",
                "67%", "67%", "86%", "86%", ""), row(page, w.pat().name()));
        assertTrue(page.contains("<span class=\"outlier\">gives a 3 or more 100% of the time") || page.contains(
                "<span class=\"outlier\">scores 1.60 points above"), "Lea is listed out of line");
        assertFalse(page.contains("Dan Draft"), "a draft is no card");
        assertTrue(page.contains("at least 5"), "the page states the outlier rule");
        assertTrue(page.contains("class=\"chart-value\">+1.60 lenient</text>") && page.contains(">-1.08 harsh</text>"),
                "the chart draws the offsets");
    }

    @Test
    void theCardsLinkToTheCandidatesBehindThemWithTheirPanel() {
        World w = world();
        String list = given().get("/reports/calibration/candidates?" + MARCH + "&opening=" + w.one() + "&interviewer="
                + w.pat().id() + "&stage=CULTURE").then().statusCode(200).extract().asString();

        assertTrue(list.contains("7 candidates"), list);
        assertTrue(list.contains("Their card: 3 · the other 1 card: 2.00 · result 2 · written after seeing others · "
                + "submitted 4 hours after the interview"), "a7, whose 2.5 panel rounds down to 2: " + list);
        assertTrue(list.contains("Their card: 3 (a soft 3) · the only card"), "a6: " + list);
        assertFalse(list.contains(">Cal Candidate 8"), "a8 was scored in May");

        given().get("/reports/calibration/candidates?" + MARCH + "&interviewer=" + w.pat().id() + "&stage=OFFER")
                .then().statusCode(400);
    }

    @Test
    void theSqlSoftThreeAgreesWithTheScoringRule() throws Exception {
        List<Map<String, Integer>> criteria = List.of(Map.of(), Map.of("a", 3), Map.of("a", 2), Map.of("a", 3, "b", 2),
                Map.of("a", 4, "b", 2), Map.of("a", 4, "b", 3), Map.of("a", 1, "b", 4, "c", 3));
        List<String> concerns = Arrays.asList(null, "", "   ", "\n\t", "Interrupts");
        for (int overall = 1; overall <= 4; overall++) {
            for (Map<String, Integer> scores : criteria) {
                for (String concern : concerns) {
                    Map<String, Object> ratings = new LinkedHashMap<>();
                    scores.forEach((key, score) -> ratings.put(key, Map.of("score", score)));
                    ratings.put("unassessed", new LinkedHashMap<>(Map.of("note", "not asked")));
                    String json = JSON.writeValueAsString(ratings);
                    boolean java = RoundDown.softThree(overall, scores.values(), concern != null && !concern.isBlank());
                    String sql = database.text("select report_soft_three(?, ?::jsonb, ?)::text", overall, json, concern);
                    assertEquals(String.valueOf(java), sql, overall + " " + json + " '" + concern + "'");
                }
            }
        }
    }

    @Test
    void aHiringManagerSeesOnlyTheCardsOnTheirOwnOpenings() {
        World w = world();
        String page = w.hana().calls().get("/reports/calibration?" + MARCH).then().statusCode(200).extract().asString();
        assertEquals("5", row(page, w.lea().name()).get(2), "not Lea's card on opening Two");
        assertEquals("7", row(page, w.pat().name()).get(2));

        String other = given().get("/reports/calibration?" + MARCH + "&opening=" + w.two()).then().statusCode(200)
                .extract().asString();
        assertEquals("1", row(other, w.lea().name()).get(2));
        assertEquals("1", row(other, w.pat().name()).get(2));
        assertFalse(other.contains(w.hal().name()));

        String drill = w.hana().calls().get("/reports/calibration/candidates?" + MARCH + "&interviewer=" + w.lea().id()
                + "&stage=CULTURE").then().statusCode(200).extract().asString();
        assertTrue(drill.contains("5 candidates"), drill);
    }

    @Test
    void recruitersAndAdminsMayReadItAndInterviewersMayNot() {
        World w = world();
        Fixtures.rita().calls().get("/reports/calibration?" + MARCH + "&opening=" + w.one()).then().statusCode(200);
        w.lea().calls().get("/reports/calibration?" + MARCH).then().statusCode(403);
        w.lea().calls().get("/reports/calibration.csv?" + MARCH).then().statusCode(403);
        w.lea().calls().get("/reports/calibration/candidates?" + MARCH + "&interviewer=" + w.lea().id() + "&stage=CULTURE")
                .then().statusCode(403);
    }

    @Test
    void anInterviewerSeesTheirOwnRowAgainstThePanelAndNobodyElses() {
        World w = world();
        String mine = w.lea().calls().header("HX-Request", "true").get("/reports/calibration/me").then().statusCode(200)
                .extract().asString();

        // All openings, all dates: a1-a5 and b1 (a 1 beside Pat's 1): 19/6 = 3.16 against 21/11 = 1.90 (rounded down), +1.26.
        assertTrue(mine.contains("<th scope=\"row\">Culture interview</th><td class=\"num\">6</td><td class=\"num\">"
                + "1 / 0 / 2 / 3</td>"), mine);
        assertTrue(mine.contains("<td class=\"num\">3.16</td>") && mine.contains("<td class=\"num\">1.90</td>")
                && mine.contains("<td class=\"num\">+1.26</td>"), mine);
        assertTrue(mine.contains("you <span class=\"outlier\">score 1.26 points above"), mine);
        assertFalse(mine.contains(w.pat().name()) || mine.contains(w.hal().name()), "nobody else's name");
        assertFalse(mine.contains("<html"), "a fragment for the profile");

        String page = w.lea().calls().get("/reports/calibration/me").then().statusCode(200).extract().asString();
        assertTrue(page.contains("How I score against the panel") && page.contains("1 / 0 / 2 / 3"), page);

        String profile = w.lea().calls().get("/profile").then().statusCode(200).extract().asString();
        assertTrue(profile.contains("data-hx-get=\"/reports/calibration/me\"")
                && profile.contains("<a href=\"/reports/calibration/me\">"), "the profile loads it, with a link without script");
    }

    @Test
    void theCsvHasTheSameFiguresAsThePage() {
        World w = world();
        String csv = given().get("/reports/calibration.csv?" + MARCH + "&opening=" + w.one()).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"rounddown-calibration-2026-03-01-to-2026-03-31.csv\"")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("Interviewer,Stage,Cards,Scores 1 / 2 / 3 / 4,3 or more,Cards with others,Their mean there,"
                + "Others' mean there,Offset,Agrees with result,Soft 3s (of their 3s),Written independently,"
                + "Within 24 h of interview,Out of line", lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.contains(w.pat().name() + ",Culture interview,7,0 / 4 / 3 / 0,43%,6,2.33,2.63,-0.30,67%,67%,86%,86%,"),
                csv);
        assertTrue(lines.contains(w.lea().name() + ",Culture interview,5,0 / 0 / 2 / 3,100%,5,3.60,2.00,+1.60,0%,0%,100%,100%,"
                + "scores 1.60 points above (more lenient than) the other interviewers on the same candidates; gives a 3 "
                + "or more 100% of the time; the panel does 10% on the same candidates"), csv);
    }

    @Test
    void thePagesRunTheSameNumberOfStatementsWhateverTheNumberOfCards() {
        Person quinn = Fixtures.person(Fixtures.unique("Quinn Quick"), "INTERVIEWER");
        Person rob = Fixtures.person(Fixtures.unique("Rob Rater"), "INTERVIEWER");
        long opening = Fixtures.opening(Fixtures.unique("Calibration Count"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        card(Fixtures.application(Fixtures.candidateJane(), opening), quinn, 3, AFTERNOON, false);
        String report = "/reports/calibration?" + MARCH + "&opening=" + opening;
        long few = ReportHistory.statementsAfresh(() -> given().get(report).then().statusCode(200));
        long fewMine = ReportHistory.statementsAfresh(() -> quinn.calls().get("/reports/calibration/me").then().statusCode(200));

        for (int i = 0; i < 6; i++) {
            long application = Fixtures.application(Fixtures.candidateJane(), opening);
            card(application, quinn, 1 + i % 4, AFTERNOON, false);
            card(application, rob, 2, AFTERNOON, true);
        }
        assertEquals("7", row(given().get(report).then().statusCode(200).extract().asString(), quinn.name()).get(2));
        assertEquals(few, ReportHistory.statementsAfresh(() -> given().get(report).then().statusCode(200)));
        assertEquals(fewMine, ReportHistory.statementsAfresh(() -> quinn.calls().get("/reports/calibration/me").then().statusCode(200)));
    }

    /** The cells of the table row headed by this name, as text. */
    static List<String> row(String page, String name) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(?:<a [^>]*>)?" + Pattern.quote(name) + ".*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(row.find(), "no row for " + name);
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group());
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").strip());
        }
        return cells;
    }
}
