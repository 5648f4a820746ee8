package app.rounddown.careers;

import static app.rounddown.careers.CareersSupport.apply;
import static app.rounddown.careers.CareersSupport.cv;
import static app.rounddown.careers.CareersSupport.slugOf;
import static app.rounddown.careers.CareersSupport.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CVs kept for a retry nobody made are removed after a day, with their files, by a job safe on every instance. */
@QuarkusTest
class PendingCvsTest {
    @Inject
    Database database;
    @Inject
    FormStamps stamps;
    @Inject
    PendingCvs pendingCvs;

    @Test
    void keptCvsOlderThanADayAreRemovedWithTheirFilesOnceWhenSeveralInstancesRunTheJob() throws Exception {
        database.update("delete from careers_submission");
        String slug = slugOf(database, Fixtures.publishedOpening(Fixtures.unique("Kept role"), "BUSINESS_DEVELOPMENT_REP"));
        String[] names = {Fixtures.unique("old").replace(' ', '-') + ".pdf", Fixtures.unique("fresh").replace(' ', '-') + ".pdf"};
        for (String name : names) {
            Map<String, String> fields = valid(Fixtures.email());
            fields.put("consent", "");
            apply(stamps, slug, fields, name, cv()).then().statusCode(400);
        }
        database.update("update pending_cv_upload set created_at = now() - interval '25 hours' where file_id = "
                + "(select id from stored_file where filename = ?)", names[0]);
        Instances.runAtOnce(3, () -> pendingCvs.removeExpired(Instant.now()));
        assertEquals(0, database.count("select count(*) from stored_file where filename = ?", names[0]),
                "the old kept CV and its file are gone");
        assertEquals(1, database.count("select count(*) from pending_cv_upload p join stored_file f on f.id = p.file_id "
                + "where f.filename = ?", names[1]), "a CV kept today stays for the retry");
    }
}
