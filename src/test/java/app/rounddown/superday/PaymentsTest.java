package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.CalendarFiles;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The fee of the day: paid whatever the outcome, batched for finance, and in the calendar files. */
@QuarkusTest
class PaymentsTest {
    @Inject
    Database database;

    private long heldOn(LocalDate day) {
        long id = schedule(usualDay(janeAtSuperDay(), "Europe/London", day.atTime(9, 0), Fixtures.hannah().id(), null));
        return id;
    }

    private static List<CSVRecord> exported() throws Exception {
        String csv = given().get("/payments/export").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void aDayThatIsOverIsDueInTheBatchOfItsHalfOfTheMonthAndLeavesWhenPaid() throws Exception {
        LocalDate lastMonth = YearMonth.now().minusMonths(1).atDay(20);
        long id = heldOn(lastMonth);
        String name = database.text("select c.name from superday s join application a on a.id = s.application_id "
                + "join candidate c on c.id = a.candidate_id where s.id = ?", id);
        CSVRecord row = exported().stream().filter(r -> r.get("superday_id").equals(String.valueOf(id))).findFirst().orElseThrow();
        assertEquals(YearMonth.from(lastMonth).atEndOfMonth().toString(), row.get("batch_due_by"));
        assertEquals("1000.00", row.get("amount"));
        assertEquals("USD", row.get("currency"));
        assertEquals(name, row.get("candidate"));
        given().get("/superdays?view=needs-payment").then().statusCode(200).body(containsString(name));
        given().get("/payments").then().statusCode(200).body(containsString(name))
                .body(containsString("Batch due by " + YearMonth.from(lastMonth).atEndOfMonth()));

        form().formParam("version", database.text("select version from superday where id = ?", id))
                .formParam("detailsCollected", "on").formParam("taxForm", "W9").formParam("taxFormReceived", "on")
                .formParam("paidOn", LocalDate.now().toString()).post("/superdays/" + id + "/payment").then().statusCode(303);
        assertTrue(exported().stream().noneMatch(r -> r.get("superday_id").equals(String.valueOf(id))));
        given().get("/superdays/" + id).then().body(containsString("Paid"));
    }

    private void detailsCollected(long id) throws Exception {
        form().formParam("version", database.text("select version from superday where id = ?", id))
                .formParam("detailsCollected", "on").formParam("taxForm", "NONE")
                .post("/superdays/" + id + "/payment").then().statusCode(303);
    }

    /** Issue 17, item 5: "a batch can be marked paid in one action with a confirmation." */
    @Test
    void aWholeBatchIsMarkedPaidInOneActionAfterAConfirmation() throws Exception {
        LocalDate day = YearMonth.now().minusYears(6).minusMonths((long) (Math.random() * 24)).atDay(3);
        String dueBy = day.withDayOfMonth(15).toString();
        long first = heldOn(day);
        long second = heldOn(day.plusDays(1));
        detailsCollected(first);
        detailsCollected(second);
        given().get("/payments").then().statusCode(200).body(containsString("name=\"dueBy\" value=\"" + dueBy + "\""));
        String confirmation = given().get("/payments/batch?dueBy=" + dueBy + "&paidOn=" + LocalDate.now())
                .then().statusCode(200).body(containsString("Yes, mark 2 SuperDays paid on " + LocalDate.now()))
                .extract().asString();
        assertEquals(0, database.count("select count(*) from superday where id in (?, ?) and paid_on is not null", first, second),
                "asking first writes nothing");
        String firstSeen = first + ":" + database.text("select version from superday where id = ?", first);
        String secondSeen = second + ":" + database.text("select version from superday where id = ?", second);
        assertTrue(confirmation.contains(firstSeen) && confirmation.contains(secondSeen), confirmation);

        form().formParam("version", database.text("select version from superday where id = ?", second))
                .formParam("detailsCollected", "on").formParam("taxForm", "NONE").formParam("donateFee", "on")
                .post("/superdays/" + second + "/payment").then().statusCode(303);
        form().formParam("dueBy", dueBy).formParam("paidOn", LocalDate.now().toString()).formParam("day", firstSeen)
                .formParam("day", secondSeen).post("/payments/batch").then().statusCode(409)
                .body(containsString("was paid, edited or cancelled after you opened the page, so nothing was marked paid"));
        assertEquals(0, database.count("select count(*) from superday where id in (?, ?) and paid_on is not null", first, second));

        String fresh = second + ":" + database.text("select version from superday where id = ?", second);
        form().formParam("dueBy", dueBy).formParam("paidOn", LocalDate.now().toString()).formParam("day", firstSeen)
                .formParam("day", fresh).post("/payments/batch").then().statusCode(303);
        assertEquals(2, database.count("select count(*) from superday where id in (?, ?) and paid_on = current_date", first, second));
        assertEquals(2, database.count("select count(*) from audit_entry where entity_type = 'superday' and entity_id in (?, ?) "
                + "and summary = 'SuperDay paid in a batch'", first, second));
    }

    @Test
    void aBatchWithADayNotReadyToPayIsNotMarkedPaidAndSaysWhy() throws Exception {
        LocalDate day = YearMonth.now().minusYears(9).minusMonths((long) (Math.random() * 24)).atDay(20);
        long ready = heldOn(day);
        long notReady = heldOn(day.plusDays(1));
        detailsCollected(ready);
        String dueBy = YearMonth.from(day).atEndOfMonth().toString();
        given().get("/payments/batch?dueBy=" + dueBy).then().statusCode(200)
                .body(containsString("No: payment details not collected")).body(not(containsString("Yes, mark")));
        String name = database.text("select c.name from superday s join application a on a.id = s.application_id "
                + "join candidate c on c.id = a.candidate_id where s.id = ?", notReady);
        form().formParam("dueBy", dueBy).formParam("paidOn", LocalDate.now().toString())
                .formParam("day", ready + ":" + database.text("select version from superday where id = ?", ready))
                .formParam("day", notReady + ":" + database.text("select version from superday where id = ?", notReady))
                .post("/payments/batch").then().statusCode(400)
                .body(containsString(name + ": payment details not collected, so the batch was not marked paid"));
        assertEquals(0, database.count("select count(*) from superday where id in (?, ?) and paid_on is not null", ready, notReady));
        given().get("/payments/batch?dueBy=someday").then().statusCode(400)
                .body(containsString("Choose a payment batch from the payments page."));
    }

    @Test
    void aDayCancelledByTheCompanyOwesTheCancellationFeeAndOneCancelledByTheCandidateOwesNothing() throws Exception {
        long byCompany = heldOn(LocalDate.now().plusDays(10));
        long byCandidate = heldOn(LocalDate.now().plusDays(11));
        form().formParam("version", "0").formParam("reason", "The team is at an offsite.").formParam("cancelledBy", "company")
                .post("/superdays/" + byCompany + "/cancellation").then().statusCode(303);
        form().formParam("version", "0").formParam("reason", "Took another offer.").formParam("cancelledBy", "candidate")
                .post("/superdays/" + byCandidate + "/cancellation").then().statusCode(303);
        assertEquals("CANCELLED", database.text("select status from superday where id = ?", byCompany));
        CSVRecord row = exported().stream().filter(r -> r.get("superday_id").equals(String.valueOf(byCompany)))
                .findFirst().orElseThrow();
        assertEquals("500.00", row.get("amount"));
        assertEquals("cancellation fee", row.get("reason"));
        assertTrue(exported().stream().noneMatch(r -> r.get("superday_id").equals(String.valueOf(byCandidate))));
    }

    @Test
    void aDayWhoseTaskIsOutCannotBeCancelledDownToTheCancellationFee() {
        long id = heldOn(LocalDate.now().plusDays(15));
        database.update("update superday set released_at = now(), status = 'IN_PROGRESS' where id = ?", id);
        form().formParam("version", database.text("select version from superday where id = ?", id))
                .formParam("reason", "Changed our mind.").formParam("cancelledBy", "company")
                .post("/superdays/" + id + "/cancellation").then().statusCode(400)
                .body(containsString("The candidate has already received the task, so the day is paid in full"));
        assertEquals("IN_PROGRESS", database.text("select status from superday where id = ?", id));
    }

    @Test
    void cancellingWithoutAReasonIsExplainedAndChangesNothing() {
        long id = heldOn(LocalDate.now().plusDays(12));
        form().formParam("version", "0").formParam("reason", " ").formParam("cancelledBy", "candidate")
                .post("/superdays/" + id + "/cancellation").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"reason-error\">Say why the SuperDay is cancelled"))
                .body(containsString("<button class=\"button danger\" type=\"submit\">Yes, cancel the SuperDay</button>"))
                .body(containsString("value=\"candidate\" checked"));
        assertEquals("SCHEDULED", database.text("select status from superday where id = ?", id));
    }

    @Test
    void aPaymentDateInTheFutureIsExplainedBesideTheFieldAndWhatWasTickedStays() {
        long id = heldOn(LocalDate.now().plusDays(14));
        String tomorrowButOne = LocalDate.now().plusDays(3).toString();
        form().formParam("version", database.text("select version from superday where id = ?", id))
                .formParam("donateFee", "on").formParam("taxForm", "W8BEN").formParam("paidOn", tomorrowButOne)
                .post("/superdays/" + id + "/payment").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"paidOn-error\">The payment date cannot be in the future."))
                .body(containsString("name=\"donateFee\" checked"))
                .body(containsString("value=\"" + tomorrowButOne + "\""));
        assertEquals("f", database.text("select donate_fee from superday where id = ?", id));
        assertEquals(null, database.text("select paid_on from superday where id = ?", id));
    }

    @Test
    void aStaleChecklistSaveIsRefusedRatherThanOverwritingANewerOne() {
        long id = heldOn(LocalDate.now().plusDays(13));
        form().formParam("version", "0").formParam("contractChecked", "on").post("/superdays/" + id + "/checklist")
                .then().statusCode(303);
        form().formParam("version", "0").formParam("holdsSent", "on").post("/superdays/" + id + "/checklist")
                .then().statusCode(409);
        assertEquals("t", database.text("select contract_checked from superday where id = ?", id));
        assertEquals("f", database.text("select holds_sent from superday where id = ?", id));
    }

    @Test
    void theCalendarFilesParseWithTheirZonesAndAHoldMarkedFree() throws Exception {
        long id = heldOn(LocalDate.now().plusDays(14));
        Calendar candidate = CalendarFiles.strictlyRead(given().get("/superdays/" + id + "/calendar?for=candidate")
                .then().statusCode(200).header("Content-Type", containsString("text/calendar")).extract().asString());
        assertEquals(7, candidate.<VEvent>getComponents("VEVENT").size());
        assertEquals(1, candidate.getComponents("VTIMEZONE").size());
        String hannahs = given().get("/superdays/" + id + "/calendar?for=" + Fixtures.hannah().id()).then().statusCode(200)
                .extract().asString();
        Calendar participant = CalendarFiles.strictlyRead(hannahs);
        // Hannah is in every block but the two focus blocks, and gets the day's hold too.
        assertEquals(5, participant.<VEvent>getComponents("VEVENT").size());
        given().get("/superdays/" + id + "/calendar?for=" + Fixtures.simon().id()).then().statusCode(400)
                .body(not(containsString("Exception")));
    }
}
