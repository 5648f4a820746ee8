package app.rounddown.journeys;

import static app.rounddown.reports.SuperDayRows.applicant;
import static app.rounddown.reports.SuperDayRows.decision;
import static app.rounddown.reports.SuperDayRows.hired;
import static app.rounddown.reports.SuperDayRows.offer;
import static app.rounddown.reports.SuperDayRows.paid;
import static app.rounddown.reports.SuperDayRows.standing;
import static app.rounddown.reports.SuperDayRows.superDay;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A hiring manager looks back at their SuperDays: the decision clock of their opening and the one overdue decision
 * behind it, then what the days cost and how the offers went.
 */
@QuarkusTest
class DecisionClockJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aHiringManagerFindsTheOverdueDecisionOfTheirOpeningAndWhatTheDaysCost() {
        Fixtures.Person hilde = Fixtures.person(Fixtures.unique("Hilde Journey"), "HIRING_MANAGER");
        String title = Fixtures.unique("Journey TAE");
        long opening = Fixtures.opening(title, "TECHNICAL_ACCOUNT_EXECUTIVE", hilde.id());
        Instant now = Instant.now();
        for (int i = 0; i < 6; i++) {
            long application = applicant(opening, "Quick " + i);
            Instant ended = now.minus(Duration.ofDays(20 + i * 7));
            paid(superDay(application, ended, "1000", "USD"), LocalDate.now().minusDays(5), i == 2);
            decision(application, i % 3 == 0 ? "REJECT" : "OFFER", ended.plus(Duration.ofHours(10 + i * 9)), false);
            if (i % 3 != 0) {
                offer(application, "TECHNICAL_ACCOUNT_EXECUTIVE", i == 4 ? "DECLINED" : "ACCEPTED",
                        ended.plus(Duration.ofDays(1)), ended.plus(Duration.ofDays(2)), ended.plus(Duration.ofDays(4 + i)));
                if (i != 4) {
                    hired(application, ended.plus(Duration.ofDays(4 + i)));
                }
            }
        }
        long late = applicant(opening, "Lena Overdue");
        superDay(late, now.minus(Duration.ofHours(80)), "1000", "USD");
        standing(late, "ACTIVE");

        try (Browser browser = new Browser(base.toString(), "decision-clock")) {
            browser.signIn(hilde.email(), Fixtures.PASSWORD);
            browser.open("/reports");
            browser.click(browser.driver.findElement(By.linkText("Decision clock")));
            new Select(browser.find("#opening")).selectByVisibleText(title);
            browser.click(browser.find(".report-filters button[type=submit]"));
            assertTrue(browser.pageText().contains("5 of 7 SuperDays"), browser.pageText());
            assertTrue(browser.find("#decision-clock-chart svg").isDisplayed());
            browser.check("decision-clock");

            browser.click(browser.find(".report-table a[href*='figure=overdue']"));
            assertTrue(browser.text("h1").startsWith("Overdue"), browser.text("h1"));
            assertTrue(browser.pageText().contains("Lena Overdue"), browser.pageText());
            browser.check("overdue-decisions");

            browser.open("/reports/superday-money?opening=" + opening);
            assertTrue(browser.pageText().contains("7,000.00"), browser.pageText());
            browser.check("superday-money");

            browser.open("/reports/offers?opening=" + opening);
            assertTrue(browser.pageText().contains("4 offers sent: 3 accepted, 1 declined, 0 still out"), browser.pageText());
            browser.check("offers");
        }
    }
}
