package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The counts the openings list reads (opening_stage_count, kept by V40's triggers) always equal counting the
 * applications themselves: in the running or hired, per stage.
 */
@QuarkusTest
class OpeningStageCountTest {
    private static final String COUNTED = "select string_agg(n::text, ',' order by s.ord) from (values ('APPLIED', 1), "
            + "('CULTURE', 2), ('TECHNICAL', 3), ('SMALL_TEAM', 4), ('SUPERDAY', 5), ('OFFER', 6), ('HIRED', 7)) "
            + "s(stage, ord) cross join lateral (select count(*) as n from application a where a.opening_id = ? "
            + "and a.stage = s.stage and a.status in ('ACTIVE', 'HIRED')) c";
    private static final String KEPT = "select concat_ws(',', coalesce(applied, 0), coalesce(culture, 0), "
            + "coalesce(technical, 0), coalesce(small_team, 0), coalesce(superday, 0), coalesce(offer, 0), "
            + "coalesce(hired, 0)) from opening o left join opening_stage_count c on c.opening_id = o.id where o.id = ?";

    @Inject
    Database database;

    @Test
    void theKeptCountsFollowEveryMoveRejectionWithdrawalReopeningAndBulkChange() {
        long opening = Fixtures.opening(Fixtures.unique("Counted AE"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        long other = Fixtures.opening(Fixtures.unique("Other AE"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        assertEquals("0,0,0,0,0,0,0", database.text(KEPT, opening), "a new opening counts nobody");
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applications.add(Fixtures.application(Fixtures.candidate(Fixtures.unique("Counted")), i < 4 ? opening : other));
        }
        assertEquals("4,0,0,0,0,0,0", database.text(KEPT, opening));

        Fixtures.move(applications.get(0), "APPLIED", "CULTURE");
        Fixtures.move(applications.get(1), "APPLIED", "CULTURE");
        Fixtures.move(applications.get(1), "CULTURE", "APPLIED");
        Fixtures.move(applications.get(1), "APPLIED", "CULTURE");
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "category", "CULTURE_FIT",
                "reason", "Not a fit.")).post("/api/applications/" + applications.get(2) + "/rejections").then()
                .statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "category", "ACCEPTED_OTHER_OFFER",
                "reason", "Took another job.")).post("/api/applications/" + applications.get(3) + "/withdrawals")
                .then().statusCode(201);
        assertEquals("0,2,0,0,0,0,0", database.text(KEPT, opening), "rejected and withdrawn are not counted");
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED"))
                .post("/api/applications/" + applications.get(3) + "/reopenings").then().statusCode(201);
        assertEquals("1,2,0,0,0,0,0", database.text(KEPT, opening), "reopened, counted again");
        assertEquals(database.text(COUNTED, opening), database.text(KEPT, opening));

        // One statement across two openings: each opening's counts change by its own rows.
        database.update("update application set stage = 'TECHNICAL' where id = any(?)",
                (Object) new Long[] {applications.get(0), applications.get(4)});
        database.update("update application set opened_at = now() where opening_id = ?", opening);
        assertEquals("1,1,1,0,0,0,0", database.text(KEPT, opening));
        assertEquals(database.text(COUNTED, opening), database.text(KEPT, opening));
        assertEquals(database.text(COUNTED, other), database.text(KEPT, other));
    }
}
