package app.rounddown.decision;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;

import app.rounddown.opening.RoleType;
import app.rounddown.support.Fixtures;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;

/** Candidates after their SuperDay, decided and offered, through the pages a hiring manager uses. */
public final class OfferSetup {
    private OfferSetup() {
    }

    public static RequestSpecification as(Fixtures.Person person) {
        return person.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** An opening of Hannah's with Marcus as second approver, and a candidate whose SuperDay ended this long ago. */
    public static long decided(int overall, int daysAgo, Fixtures.Person... reviewers) {
        return decided(Fixtures.hannah(), "TECHNICAL_ACCOUNT_EXECUTIVE", overall, daysAgo, reviewers);
    }

    public static long decided(Fixtures.Person manager, String roleType, int overall, int daysAgo, Fixtures.Person... reviewers) {
        return decided(manager, Fixtures.marcus(), roleType, overall, daysAgo, reviewers);
    }

    public static long decided(Fixtures.Person manager, Fixtures.Person secondApprover, String roleType, int overall, int daysAgo,
                        Fixtures.Person... reviewers) {
        long opening = ((Number) given().contentType("application/json").body(Map.of("title", Fixtures.unique("Offered TAE"),
                "roleType", roleType, "hiringManagerId", manager.id(),
                "secondApproverId", secondApprover.id())).post("/api/openings").then().statusCode(201)
                .extract().path("id")).longValue();
        long application = atSuperDay(opening, Fixtures.unique("Dana Decided"));
        schedule(usualDay(application, "UTC", LocalDate.now().minusDays(daysAgo).atTime(8, 0), Fixtures.hannah().id(), null));
        for (Fixtures.Person reviewer : reviewers) {
            superDayCard(application, reviewer, overall, Map.of("output", overall, "demo", 3), "Talked over the customer once");
        }
        return application;
    }

    /** A hiring manager of their own, so the team a test builds is that test's alone. */
    public static long offered(Fixtures.Person manager, String roleType, String annualQuota, LocalDate start) {
        long id = decided(manager, roleType, 3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(manager).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        as(manager).formParam("ote", "120000").formParam("currency", "USD")
                .formParam("basePercent", String.valueOf(PayPlan.defaultBasePercent(
                        RoleType.valueOf(roleType))))
                .formParam("annualQuota", annualQuota).formParam("startDate", start.toString())
                .formParam("teamManagerId", String.valueOf(manager.id()))
                .post("/offers/" + id).then().statusCode(303);
        return id;
    }

    public static void member(Fixtures.Person manager, long offer, String name, String startsOn, String quota) {
        as(manager).formParam("memberName", name).formParam("memberStartsOn", startsOn).formParam("memberQuota", quota)
                .post("/offers/" + offer + "/team").then().statusCode(303);
    }
}
