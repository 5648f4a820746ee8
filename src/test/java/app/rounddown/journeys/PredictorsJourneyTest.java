package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.reports.HireFixtures;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Fixtures.Person;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A hiring manager looks back at their hires: which interview scores went with reaching quota and staying. */
@QuarkusTest
class PredictorsJourneyTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Database database;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aHiringManagerComparesTheScoresOfTheirHiresWhoReachedQuotaWithTheRest() {
        Person manager = Fixtures.person(Fixtures.unique("Hedda Lookback"), "HIRING_MANAGER");
        HireFixtures hires = new HireFixtures(database, manager);
        long opening = hires.opening();
        LocalDate today = LocalDate.now();
        LocalDate q = LocalDate.of(today.getYear() - 2, (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        Person panel = Fixtures.person("Ana Panel", "INTERVIEWER");
        for (int i = 0; i < 12; i++) {
            boolean good = i % 2 == 0;
            long hire = hires.hire(opening, q, i % 3 == 0 ? q.plusMonths(5) : null,
                    Map.of(q.plusMonths(3), good ? 110 : 80, q.plusMonths(6), good ? 105 : 90));
            hires.card(hire, "CULTURE", panel, 1, i % 3 == 0 ? 3 : 4, "{\"values\": {\"score\": " + (i % 3 == 0 ? 2 : 4) + "}}", true);
            hires.card(hire, "SUPERDAY", panel, 1, good ? 4 : 3, "{\"output\": {\"score\": " + (good ? 4 : 2) + "}}", true);
        }

        try (Browser browser = new Browser(base.toString(), "predictors")) {
            browser.signIn(manager.email(), Fixtures.PASSWORD);
            browser.open("/reports");
            browser.click(browser.driver.findElement(By.linkText("What predicts a good hire")));
            assertEquals("What predicts a good hire", browser.text("h1"));
            assertTrue(browser.pageText().contains("12 hires started on a team in this range."), browser.pageText());
            assertTrue(browser.pageText().contains("SuperDay: stage result"), browser.pageText());
            browser.check("predictors");
        }
    }
}
