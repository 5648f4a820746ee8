package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.CvFiles;
import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: a recruiter adds a PDF CV on the candidate page, reads it inline, and mentions a colleague in a note. */
@QuarkusTest
class CvAndNotesJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aRecruiterAddsACvReadsItInlineAndMentionsAColleagueWhoFindsItOnTheirQueue() throws Exception {
        long candidate = Fixtures.candidate(Fixtures.unique("Carla Curriculum"));
        Fixtures.application(candidate, Fixtures.openingTae());
        Fixtures.Person colleague = Fixtures.person(Fixtures.unique("Colleague") + " Hiring", "HIRING_MANAGER");
        String handle = colleague.email().substring(0, colleague.email().indexOf('@'));
        Path cv = Files.createTempFile("carla-cv", ".pdf");
        Files.write(cv, CvFiles.pdf("Carla Curriculum", "Enterprise account executive", "Closed 1.4M in new business"));

        try (Browser browser = new Browser(base.toString(), "cv-and-notes")) {
            browser.signIn(Fixtures.rita().email(), Fixtures.PASSWORD);
            browser.open("/candidates/" + candidate);
            assertTrue(browser.text("section.cv").contains("No CV yet."));
            browser.find("#cv").sendKeys(cv.toAbsolutePath().toString());
            browser.click(browser.find("form[action$='/cvs'] button[type=submit]"));
            assertTrue(browser.text(".flash").contains("CV " + cv.getFileName() + " added for"), browser.text(".flash"));
            assertTrue(browser.find("iframe.cv-viewer").getAttribute("src").matches(".*/candidates/" + candidate
                    + "/cvs/\\d+"), "the newest CV is shown inline");
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.find("#cv-heading"));
            Thread.sleep(4000); // the browser's PDF viewer draws the page
            browser.check("cv-inline");

            browser.find("#note-body").sendKeys("Strong numbers.\n@" + handle + " worth a call this week?");
            browser.click(browser.find("form[action$='/notes'] button[type=submit]"));
            assertTrue(browser.text(".flash").contains("Notified: " + colleague.name()), browser.text(".flash"));
            assertTrue(browser.text(".notes-list").contains("worth a call this week?"));
            browser.check("note-added");
        }
        try (Browser browser = new Browser(base.toString(), "cv-and-notes-colleague")) {
            browser.signIn(colleague.email(), Fixtures.PASSWORD);
            browser.open("/queues");
            assertTrue(browser.text("section[aria-labelledby=mentions-heading]").contains("Mentioned in a note on Carla "
                    + "Curriculum"), browser.text("section[aria-labelledby=mentions-heading]"));
            browser.check("queue");
            browser.click(browser.find("section[aria-labelledby=mentions-heading] a"));
            assertTrue(browser.driver.getCurrentUrl().contains("/candidates/" + candidate + "/notes#note-"));
            assertTrue(browser.text(".notes-list").contains("worth a call this week?"));
            browser.check("note-opened");
            browser.open("/queues");
            assertEquals("No note mentions you.", browser.text("section[aria-labelledby=mentions-heading] .empty"));
        }
    }
}
