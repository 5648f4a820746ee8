package app.rounddown.mail;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 4: "The hiring manager is nudged 24 hours after a SuperDay ends if undecided and again at 48 hours
 * ("overdue"), with the comparison link; a divergent panel's nudge says a discussion note is needed."
 */
@QuarkusTest
class DecisionNudgesTest {
    /** A day long past, so the job, told it is a day or two later, finds no other test's SuperDay due with it. */
    private static final LocalDateTime NINE_IN_LONDON = LocalDateTime.of(2024, 3, 7, 9, 0);
    /** The usual day ends at 17:00 in London, which is UTC in March. */
    private static final Instant ENDED = Instant.parse("2024-03-07T17:00:00Z");

    @Inject
    DecisionNudges nudges;
    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    @Test
    void theHiringManagerIsNudgedADayAfterTheSuperDayAndToldAtTwoDaysThatTheDecisionIsOverdue() throws Exception {
        Day day = superDayThatEnded("Jane Undecided");

        nudges.sendDue(ENDED.plus(Duration.ofHours(23)));
        assertEquals(0, nudgesTo(day), "nothing before 24 hours");
        nudges.sendDue(ENDED.plus(Duration.ofHours(24)));
        nudges.sendDue(ENDED.plus(Duration.ofHours(30)));
        assertEquals(1, nudgesTo(day), "one nudge at 24 hours, however often the job runs");
        deliverAll();
        MimeMessage first = nudgeMail(day, 0);
        assertEquals("Decision due: " + day.candidate() + " for " + day.opening() + " (due Sat 9 Mar, 17:00, "
                + "Europe/London)", first.getSubject());
        String text = Smtp.parts(first).get("text/plain");
        assertTrue(text.contains("ended Thu 7 Mar, 17:00 (Europe/London) and no decision is recorded yet"), text);
        assertFalse(text.contains("discussion note"), "the panel agrees: " + text);
        assertTrue(text.contains("Acme Test Company"), text);
        String comparison = link(text, "/comparisons/");
        assertEquals("/comparisons/" + day.openingId(), comparison);
        day.manager().calls().get(comparison).then().statusCode(200).body(containsString(day.opening()));
        String decision = link(text, "/decisions/");
        assertEquals("/decisions/" + day.applicationId(), decision);
        day.manager().calls().get(decision).then().statusCode(200).body(containsString(day.candidate()));

        nudges.sendDue(ENDED.plus(Duration.ofHours(48)));
        nudges.sendDue(ENDED.plus(Duration.ofHours(72)));
        assertEquals(2, nudgesTo(day), "then one overdue nudge at 48 hours, and no more");
        deliverAll();
        MimeMessage overdue = nudgeMail(day, 1);
        assertTrue(overdue.getSubject().startsWith("Overdue: your decision on " + day.candidate()), overdue.getSubject());
        assertTrue(Smtp.parts(overdue).get("text/plain").contains("is overdue: it was due Sat 9 Mar, 17:00 (Europe/London)"));
    }

    /** "a divergent panel's nudge says a discussion note is needed" */
    @Test
    void aDivergentPanelsNudgeSaysADiscussionNoteIsNeeded() throws Exception {
        Day day = superDayThatEnded("Jane Divergent");
        superDayCard(day.applicationId(), Fixtures.person(Fixtures.unique("Rae Reviewer"), "INTERVIEWER"), 1,
                Map.of("output", 1), null);
        superDayCard(day.applicationId(), Fixtures.person(Fixtures.unique("Rob Reviewer"), "INTERVIEWER"), 4,
                Map.of("output", 4), null);
        nudges.sendDue(ENDED.plus(Duration.ofHours(24)));
        deliverAll();
        String text = Smtp.parts(nudgeMail(day, 0)).get("text/plain");
        assertTrue(text.contains("The panel's scores diverge: the decision needs a discussion note"), text);
    }

    /** "Cancelled SuperDays and decided candidates are not nudged." */
    @Test
    void aCancelledSuperDayAndADecidedCandidateAreNotNudged() {
        Day cancelled = superDayThatEnded("Jane Called Off");
        Forms.post().formParam("version", 0).formParam("reason", "The role is on hold").formParam("cancelledBy", "company")
                .post("/superdays/" + cancelled.id() + "/cancellation").then().statusCode(303);
        Day decided = superDayThatEnded("Jane Decided");
        Forms.post().formParam("outcome", "REJECT").formParam("reapplyAfter", LocalDate.now().plusMonths(13).toString())
                .post("/decisions/" + decided.applicationId()).then().statusCode(303);

        nudges.sendDue(ENDED.plus(Duration.ofHours(72)));
        assertEquals(0, nudgesTo(cancelled));
        assertEquals(0, nudgesTo(decided));
    }

    /** Jobs run on every instance: two at once send each nudge once. */
    @Test
    void twoInstancesRunningTheJobAtOnceNudgeOnce() throws Exception {
        Day day = superDayThatEnded("Jane Twice");
        Instant now = ENDED.plus(Duration.ofHours(25));
        Instances.runAtOnce(2, () -> nudges.sendDue(now));
        assertEquals(1, nudgesTo(day));
        assertEquals(1, database.count("select count(*) from superday where id = ? and decision_nudged_at is not null "
                + "and decision_overdue_nudged_at is null", day.id()));
    }

    /** A SuperDay that ended at {@link #ENDED}, in an opening whose hiring manager takes part in it. */
    private Day superDayThatEnded(String name) {
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Noor Nudged"), "HIRING_MANAGER");
        String opening = Fixtures.unique("TAE");
        long openingId = Fixtures.opening(opening, "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        String candidate = Fixtures.unique(name);
        long application = atSuperDay(openingId, candidate);
        long id = schedule(usualDay(application, "Europe/London", NINE_IN_LONDON, manager.id(), null));
        return new Day(id, application, openingId, candidate, opening, manager);
    }

    private record Day(long id, long applicationId, long openingId, String candidate, String opening,
                       Fixtures.Person manager) {
    }

    private long nudgesTo(Day day) {
        return database.count("select count(*) from outbox where kind = 'decision-nudge' and to_address = ? "
                + "and application_id = ?", day.manager().email(), day.applicationId());
    }

    private static MimeMessage nudgeMail(Day day, int index) throws Exception {
        List<MimeMessage> nudged = new ArrayList<>();
        for (MimeMessage mail : Smtp.to(day.manager().email())) {
            if (!mail.getSubject().contains("SuperDay of")) {
                nudged.add(mail);
            }
        }
        return nudged.get(index);
    }

    private static String link(String text, String start) {
        Matcher link = Pattern.compile("http://localhost:8080(" + Pattern.quote(start) + "[0-9]+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }
}
