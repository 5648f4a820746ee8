package app.rounddown.dossier;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A hiring manager's queues gather their openings' lines into one list, oldest first, and stop at the list's length
 * (the queues read them opening by opening; these hold what the page shows).
 */
@QuarkusTest
class HiringManagerQueuesTest {
    private static final Pattern NAME = Pattern.compile(">(Hq [^<]+)</a>");

    @Inject
    Database database;

    @Test
    void offersUnderwayListTheirOpeningsAndThoseTheyApproveForOldestFirstAndNoOneElses() throws Exception {
        Fixtures.Person hana = Fixtures.person(Fixtures.unique("Hana Manager"), "HIRING_MANAGER");
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Otto Manager"), "HIRING_MANAGER");
        long hers = Fixtures.opening(Fixtures.unique("Hana's TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        long approvedByHer = secondApprovedBy(hana, other);
        long notHers = Fixtures.opening(Fixtures.unique("Otto's other TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", other.id());
        String tag = Fixtures.unique("t").trim();
        atOffer(hers, "Hq Five " + tag, 5);
        atOffer(hers, "Hq One " + tag, 1);
        atOffer(approvedByHer, "Hq Three " + tag, 3);
        atOffer(notHers, "Hq Four " + tag, 4);

        assertEquals(List.of("Hq Five " + tag, "Hq Three " + tag, "Hq One " + tag),
                namesIn(section(hana, "offers-heading"), tag));
    }

    @Test
    void offersUnderwayStopAtAHundredTheOldestAcrossTheirOpenings() throws Exception {
        Fixtures.Person hana = Fixtures.person(Fixtures.unique("Hana Many"), "HIRING_MANAGER");
        long first = Fixtures.opening(Fixtures.unique("Busy TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        long second = Fixtures.opening(Fixtures.unique("Busier TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        String tag = Fixtures.unique("t").trim();
        // 101 at Offer, the odd days in one opening and the even ones in the other: the newest (day 1) is left out.
        for (int day = 1; day <= 101; day++) {
            atOffer(day % 2 == 0 ? first : second, "Hq Day " + day + " " + tag, day);
        }

        List<String> shown = namesIn(section(hana, "offers-heading"), tag);

        List<String> oldestHundred = new ArrayList<>();
        for (int day = 101; day >= 2; day--) {
            oldestHundred.add("Hq Day " + day + " " + tag);
        }
        assertEquals(oldestHundred, shown);
    }

    @Test
    void offersAwaitingTheirApprovalLeaveOutCandidatesNoLongerAtOffer() throws Exception {
        Fixtures.Person hana = Fixtures.person(Fixtures.unique("Hana Approver"), "HIRING_MANAGER");
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Otto Approver"), "HIRING_MANAGER");
        long hers = Fixtures.opening(Fixtures.unique("Hana's CSM"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        long approvedByHer = secondApprovedBy(hana, other);
        String tag = Fixtures.unique("t").trim();
        withADraft(atOffer(hers, "Hq Waiting " + tag, 4, "ACTIVE"));
        withADraft(atOffer(approvedByHer, "Hq Second " + tag, 2, "ACTIVE"));
        withADraft(atOffer(hers, "Hq Withdrew " + tag, 3, "WITHDRAWN"));
        withADraft(atOffer(hers, "Hq Rejected " + tag, 5, "REJECTED"));

        assertEquals(List.of("Hq Waiting " + tag, "Hq Second " + tag), namesIn(section(hana, "approve-heading"), tag));
    }

    @Test
    void decisionsDueListTheirOpeningsSuperDaysByWhenTheyEndedAndNoOneElses() throws Exception {
        Fixtures.Person hana = Fixtures.person(Fixtures.unique("Hana Decider"), "HIRING_MANAGER");
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Otto Decider"), "HIRING_MANAGER");
        long hers = Fixtures.opening(Fixtures.unique("Hana's SDR"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        long alsoHers = Fixtures.opening(Fixtures.unique("Hana's AE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hana.id());
        long notHers = Fixtures.opening(Fixtures.unique("Otto's SDR"), "TECHNICAL_ACCOUNT_EXECUTIVE", other.id());
        String tag = Fixtures.unique("t").trim();
        superDayEnded(hers, "Hq Two " + tag, 2, hana);
        superDayEnded(alsoHers, "Hq Four " + tag, 4, hana);
        superDayEnded(hers, "Hq Three " + tag, 3, hana);
        superDayEnded(notHers, "Hq Five " + tag, 5, other);

        assertEquals(List.of("Hq Four " + tag, "Hq Three " + tag, "Hq Two " + tag),
                namesIn(section(hana, "clock-heading"), tag));
    }

    private static String section(Fixtures.Person viewer, String heading) {
        String page = viewer.calls().get("/queues").then().statusCode(200).extract().asString();
        int start = page.indexOf("id=\"" + heading + "\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static List<String> namesIn(String html, String tag) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).endsWith(tag)) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private void atOffer(long openingId, String name, int daysAgo) throws Exception {
        atOffer(openingId, name, daysAgo, "ACTIVE");
    }

    private long atOffer(long openingId, String name, int daysAgo, String status) throws Exception {
        long candidate = Fixtures.candidate(name);
        database.update("insert into application (candidate_id, opening_id, stage, status, stage_entered_at) "
                + "values (?, ?, 'OFFER', ?, now() - make_interval(days => ?))", candidate, openingId, status, daysAgo);
        return Long.parseLong(database.text("select id from application where candidate_id = ?", candidate));
    }

    /** An opening of {@code manager}'s whose offers {@code approver} approves second. */
    private long secondApprovedBy(Fixtures.Person approver, Fixtures.Person manager) {
        long opening = Fixtures.opening(Fixtures.unique("Second-approved TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        database.update("update opening set second_approver_id = ? where id = ?", approver.id(), opening);
        return opening;
    }

    private void withADraft(long applicationId) {
        database.update("insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, "
                + "start_date, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 120000, 'USD', 50, 1000000, "
                + "current_date + 30, 'Test data')", applicationId);
    }

    private static void superDayEnded(long openingId, String name, int daysAgo, Fixtures.Person manager) {
        long application = atSuperDay(openingId, name);
        schedule(usualDay(application, "UTC", LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).atTime(9, 0),
                manager.id(), null));
    }
}
