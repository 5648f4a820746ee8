package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 4: "Candidate list: show opening, stage, status and last activity columns; drop empty columns
 * (the Location column was empty for all); filters for opening, stage, status and source."
 */
@QuarkusTest
class CandidateListTest {
    @Inject
    Database database;

    @Test
    void eachCandidateShowsTheirOpeningStageStatusAndLastActivity() {
        String title = Fixtures.unique("List TAE");
        long opening = Fixtures.opening(title, "TECHNICAL_ACCOUNT_EXECUTIVE");
        String name = Fixtures.unique("Lena Listed");
        long application = Fixtures.application(Fixtures.candidate(name), opening);
        Fixtures.move(application, "APPLIED", "CULTURE");
        String page = given().get("/candidates?q=" + name).then().statusCode(200)
                .body(containsString("<th scope=\"col\">Opening</th><th scope=\"col\">Stage</th>"
                        + "<th scope=\"col\">Status</th><th scope=\"col\">Last activity</th>"))
                .body(not(containsString("Location"))).extract().asString();
        String row = page.substring(page.indexOf(name + "</a>"));
        assertTrue(row.matches("(?s)" + name + "</a></td>\\s*<td>" + title + "</td>\\s*<td>Culture interview</td>\\s*"
                + "<td>Active</td>\\s*<td><time datetime=\"[^\"]+\">[^<]+</time></td>.*"), row);
    }

    @Test
    void theFiltersNarrowByOpeningStageStatusAndSource() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long opening = Fixtures.opening("Filter TAE " + tag, "TECHNICAL_ACCOUNT_EXECUTIVE");
        long other = Fixtures.opening("Other TAE " + tag, "TECHNICAL_ACCOUNT_EXECUTIVE");
        long atCulture = Fixtures.application(Fixtures.candidate("Cora Culture " + tag), opening);
        Fixtures.move(atCulture, "APPLIED", "CULTURE");
        Fixtures.application(Fixtures.candidate("Abe Applied " + tag), opening);
        Fixtures.application(Fixtures.candidate("Otto Other " + tag), other);
        long rejected = Fixtures.application(Fixtures.candidate("Rhea Rejected " + tag), opening);
        database.execute("update application set status = 'REJECTED' where id = " + rejected);
        database.execute("update candidate set source = 'REFERRAL' where name = 'Abe Applied " + tag + "'");
        Fixtures.candidate("Nina Nowhere " + tag);

        assertEquals("Abe Applied, Cora Culture, Nina Nowhere, Otto Other, Rhea Rejected", names("q=" + tag, tag));
        assertEquals("Abe Applied, Cora Culture, Rhea Rejected", names("q=" + tag + "&opening=" + opening, tag));
        assertEquals("Cora Culture", names("q=" + tag + "&opening=" + opening + "&stage=CULTURE", tag));
        assertEquals("Rhea Rejected", names("q=" + tag + "&status=REJECTED", tag));
        assertEquals("Abe Applied", names("q=" + tag + "&source=REFERRAL", tag));
        given().get("/candidates?q=" + tag + "&opening=" + opening).then()
                .body(containsString("<option value=\"" + opening + "\" selected>Filter TAE " + tag + "</option>"))
                .body(containsString("<option value=\"" + other + "\">Other TAE " + tag + "</option>"));
        given().get("/candidates?q=" + tag + "&status=REJECTED").then()
                .body(containsString("<option value=\"REJECTED\" selected>Rejected</option>"))
                .body(containsString("<a href=\"/candidates\">Clear</a>"));
        given().get("/candidates?q=" + tag).then().body(containsString("<span class=\"muted\">Not applied</span>"));
    }

    @Test
    void aFilterValueThatIsNotOnTheListIsExplained() {
        given().get("/candidates?stage=LUNCH").then().statusCode(400)
                .body(containsString("Choose a stage from the list."));
        given().get("/candidates?opening=abc").then().statusCode(400)
                .body(containsString("Choose an opening from the list."));
    }

    @Test
    void theListRunsTheSameStatementsWhateverItShows() {
        Fixtures.application(Fixtures.candidate(Fixtures.unique("Stan Statements")), Fixtures.openingTae());
        long plain = Statements.during(() -> given().get("/candidates").then().statusCode(200));
        long filtered = Statements.during(() -> given().get("/candidates?stage=APPLIED&status=ACTIVE&source=INBOUND")
                .then().statusCode(200));
        // Two for the caller's API token, then the rows, the count and the openings of the filter.
        // (A search is one statement fewer: CandidateSearchTest.)
        assertTrue(plain <= 5, "statements: " + plain);
        assertEquals(plain, filtered);
        assertFalse(plain == 0);
    }

    private static String names(String query, String tag) {
        String page = given().get("/candidates?" + query).then().statusCode(200).extract().asString();
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(">([A-Z][a-z]+ [A-Z][a-z]+) " + tag + "</a>").matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return String.join(", ", found);
    }
}
