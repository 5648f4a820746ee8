package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Fixtures;
import app.rounddown.support.Fixtures.Person;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 15: "an interviewer sees their own calibration row and nobody else's" on their profile, and an admin reads
 * the whole calibration report with the lenient interviewer marked out of line.
 */
@QuarkusTest
class CalibrationJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void anInterviewerSeesHowTheyScoreAgainstThePanelOnTheirProfileAndAnAdminSeesEveryone() {
        Person lea = Fixtures.person(Fixtures.unique("Lea Lenient"), "INTERVIEWER");
        Person kim = Fixtures.person(Fixtures.unique("Kim Careful"), "INTERVIEWER");
        Person max = Fixtures.person(Fixtures.unique("Max Middle"), "INTERVIEWER");
        long opening = Fixtures.opening(Fixtures.unique("Calibration Journey"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        for (int i = 0; i < 5; i++) {
            long application = Fixtures.application(Fixtures.candidate(Fixtures.unique("Journey Candidate")), opening);
            Fixtures.card(application, "CULTURE", lea, i == 0 ? 3 : 4);
            Fixtures.card(application, "CULTURE", kim, 2);
            Fixtures.card(application, "CULTURE", max, i % 2 == 0 ? 3 : 2);
        }

        try (Browser browser = new Browser(base.toString(), "calibration")) {
            browser.signIn(lea.email(), Fixtures.PASSWORD);
            browser.open("/profile");
            browser.waitForText("#calibration-me", "Culture interview");
            String mine = browser.text("#calibration-me");
            assertTrue(mine.contains("Culture interview 5 0 / 0 / 1 / 4 100% 5"), mine);
            assertTrue(mine.contains("you score") && mine.contains("points above"), mine);
            assertFalse(browser.pageText().contains(kim.name()) || browser.pageText().contains(max.name()),
                    "nobody else's row or name");
            browser.check("profile-how-i-score");
            browser.open("/reports/calibration/me");
            browser.check("my-calibration-page");
        }

        try (Browser browser = new Browser(base.toString(), "calibration-without-script", false)) {
            browser.signIn(lea.email(), Fixtures.PASSWORD);
            browser.open("/profile");
            browser.click(browser.driver.findElement(By.linkText(
                    "See how your scorecards compare with the other cards on the same candidates")));
            assertTrue(browser.text("h1").equals("How I score against the panel"), browser.pageText());
            assertTrue(browser.text("#calibration-me").contains("0 / 0 / 1 / 4"), browser.pageText());
            browser.screenshot("my-calibration-page"); // axe needs scripts; the page is checked with them on above
        }

        try (Browser browser = new Browser(base.toString(), "calibration-admin")) {
            browser.signIn(Fixtures.ada().email(), Fixtures.PASSWORD);
            browser.open("/reports/calibration?opening=" + opening);
            String report = browser.pageText();
            assertTrue(report.contains(lea.name() + ", Culture interview: scores"), report);
            assertTrue(report.contains(kim.name()) && report.contains(max.name()), report);
            browser.check("calibration-report");
            browser.readmePicture("calibration", "#calibration-offsets");
        }
    }
}
