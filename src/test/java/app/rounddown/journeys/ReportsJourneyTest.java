package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.reports.ReportHistory;
import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A hiring manager looks at the funnel of their opening and drills into the stage where most candidates drop out. */
@QuarkusTest
class ReportsJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aHiringManagerOpensTheFunnelOfTheirOpeningAndSeesWhoDroppedOutAtTheBiggestDrop() {
        Fixtures.Person helen = Fixtures.person(Fixtures.unique("Helen Headcount"), "HIRING_MANAGER");
        String title = Fixtures.unique("Technical Account Executive, Berlin");
        long opening = Fixtures.opening(title, "TECHNICAL_ACCOUNT_EXECUTIVE", helen.id());
        List<String> droppedAtTechnical = history(opening);

        try (Browser browser = new Browser(base.toString(), "reports")) {
            browser.signIn(helen.email(), Fixtures.PASSWORD);
            browser.open("/reports");
            browser.click(browser.driver.findElement(By.linkText("Funnel")));
            new Select(browser.find("#opening")).selectByVisibleText(title);
            browser.click(browser.find("form.report-filters button[type=submit]"));
            assertEquals("Biggest drop: Technical, 58% did not move on (7 of the 12 who entered were rejected or "
                    + "withdrew there).", browser.text(".biggest-drop"));
            browser.check("funnel-of-my-opening");

            browser.click(browser.find(".biggest-drop a"));
            assertEquals("Candidates who were rejected or withdrew at Technical", browser.text("h1"));
            String listed = browser.text("table.report-table tbody");
            for (String name : droppedAtTechnical) {
                assertTrue(listed.contains(name), name + " is behind the figure: " + listed);
            }
            assertEquals(7, browser.driver.findElements(By.cssSelector("table.report-table tbody tr")).size(), listed);
            assertTrue(browser.pageText().contains("7 candidates"), browser.pageText());
            browser.check("who-dropped-out-at-technical");

            browser.open("/reports/funnel?from=2026-10-01&to=2026-10-31&opening=" + opening
                    + "&compareFrom=2026-09-01&compareTo=2026-09-30");
            assertTrue(browser.text(".biggest-drop").startsWith("Biggest drop: Technical, 63% did not move on"));
            browser.check("october-against-september");
            browser.readmePicture("funnel", null);

            browser.open("/reports/time-to-hire?from=2026-09-01&to=2026-10-31&opening=" + opening);
            assertTrue(browser.text("#overall-heading + figure").contains("Days from applying to each stage"));
            // The one hire applied on 6 October and was hired on the 30th.
            assertTrue(browser.pageText().contains("Hired 1 24.0 24.0"), browser.pageText());
            browser.check("time-to-hire");
            browser.open("/reports/sources?from=2026-09-01&to=2026-10-31");
            assertTrue(browser.pageText().contains("Technical Account Executive Inbound 14 1 7%"), browser.pageText());
            browser.check("sources");
        }
    }

    /**
     * September: 6 apply; 1 rejected in Applied, 1 withdraws in Culture, 2 rejected in Technical, 2 reach Small team.
     * October: 12 apply; 2 rejected in Applied, 1 still there; 1 rejected in Culture; in Technical 4 rejected and 1
     * withdraws; in Small team 1 rejected; at the SuperDay 1 withdraws, 1 gets an offer and is hired.
     * Technical over both months: 12 entered, 7 rejected or withdrew (58%); in October alone 5 of 8 (63%).
     */
    private static List<String> history(long opening) {
        List<String> dropped = new ArrayList<>();
        String[] first = {"Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hu", "Isa", "Jo", "Kai", "Lu", "Mo", "Ned",
                "Ola", "Pia", "Quin", "Ros"};
        int n = 0;
        for (int i = 0; i < 6; i++) {
            String name = Fixtures.unique(first[n++] + " September");
            ReportHistory h = ReportHistory.applied(opening, name, "INBOUND", "2026-09-0" + (1 + i) + "T09:00");
            if (i == 0) {
                h.rejected("EXPERIENCE", "2026-09-08T09:00");
                continue;
            }
            h.moved("CULTURE", "2026-09-1" + i + "T09:00");
            if (i == 1) {
                h.withdrew("TIMING", "2026-09-18T09:00");
                continue;
            }
            h.moved("TECHNICAL", "2026-09-2" + i + "T09:00");
            if (i <= 3) {
                h.rejected("TECHNICAL_SKILLS", "2026-09-28T09:00");
                dropped.add(name);
            } else {
                h.moved("SMALL_TEAM", "2026-09-29T09:00");
            }
        }
        for (int i = 0; i < 12; i++) {
            String name = Fixtures.unique(first[n++ % first.length] + " October" + i);
            ReportHistory h = ReportHistory.applied(opening, name, i % 3 == 0 ? "REFERRAL" : "INBOUND",
                    "2026-10-0" + (1 + i % 6) + "T09:00");
            if (i < 2) {
                h.rejected("EXPERIENCE", "2026-10-07T09:00");
                continue;
            }
            if (i == 2) {
                continue;
            }
            h.moved("CULTURE", "2026-10-0" + (7 + i % 3) + "T10:00");
            if (i == 3) {
                h.rejected("CULTURE_FIT", "2026-10-12T10:00");
                continue;
            }
            h.moved("TECHNICAL", "2026-10-1" + (2 + i % 4) + "T10:00");
            if (i <= 7) {
                h.rejected("TECHNICAL_SKILLS", "2026-10-2" + (i % 5) + "T10:00");
                dropped.add(name);
                continue;
            }
            if (i == 8) {
                h.withdrew("ACCEPTED_OTHER_OFFER", "2026-10-19T10:00");
                dropped.add(name);
                continue;
            }
            h.moved("SMALL_TEAM", "2026-10-20T10:00");
            if (i == 9) {
                h.rejected("CUSTOMER_SKILLS", "2026-10-23T10:00");
                continue;
            }
            h.moved("SUPERDAY", "2026-10-2" + (i - 6) + "T10:00");
            if (i == 10) {
                h.withdrew("COMPENSATION", "2026-10-27T10:00");
                continue;
            }
            h.moved("OFFER", "2026-10-28T10:00").hired("2026-10-30T10:00");
        }
        return dropped;
    }
}
