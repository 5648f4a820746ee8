package app.rounddown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark loader (scripts/synthetic-data.sql, and synthetic-cvs.sql for the CVs, run with psql) writes data
 * the app's rules accept, with CV text so the search is measured on realistic vectors (issue 14: "the benchmark data
 * loader, which should add CV-sized text to synthetic candidates").
 */
@QuarkusTest
class SyntheticDataTest {
    @Inject
    Database database;

    @Test
    void theLoaderAddsNCandidatesSpreadOverEveryStageWithTheirHistory() throws Exception {
        String tag = "'" + System.nanoTime() + "'";
        String script = Files.readString(Path.of("scripts/synthetic-data.sql")).replace(":n", "600")
                .replace(":'tag'", tag);
        String cvScript = Files.readString(Path.of("scripts/synthetic-cvs.sql")).replace(":n", "600")
                .replace(":'tag'", tag);
        long candidatesBefore = database.count("select count(*) from candidate");
        long applicationsBefore = database.count("select count(*) from application");
        String cvs = "select count(*) from candidate_cv v join candidate c on c.id = v.candidate_id "
                + "where c.email like 'synthetic-%' and v.text_status = 'READ' and length(v.text) > 2000";
        long cvsBefore = database.count(cvs);

        database.execute(script);
        database.execute(cvScript);

        assertEquals(600, database.count("select count(*) from candidate") - candidatesBefore);
        assertEquals(600, database.count("select count(*) from application") - applicationsBefore);
        assertEquals(600, database.count(cvs) - cvsBefore, "every candidate gets a CV of a few KB whose text is read");
        assertTrue(database.count("select count(distinct md5(v.text)) from candidate_cv v join candidate c "
                + "on c.id = v.candidate_id where c.email like 'synthetic-%'") > 500, "and the CVs differ");
        long stagesUsed = database.count("select count(distinct a.stage) from application a "
                + "join candidate c on c.id = a.candidate_id where c.email like 'synthetic-%'");
        assertEquals(Stage.values().length, stagesUsed);
        assertTrue(database.count("select count(*) from application a join candidate c on c.id = a.candidate_id "
                + "where c.email like 'synthetic-%' and a.status = 'REJECTED'") > 0);
        // "board of an opening with 500 applications (350 cards shown)": each opening's board spans the funnel.
        assertEquals(0, database.count("select count(*) from (select a.opening_id from application a "
                + "join candidate c on c.id = a.candidate_id where c.email like 'synthetic-%' group by a.opening_id "
                + "having count(distinct a.stage) < 6 or count(*) filter (where a.status = 'ACTIVE') = 0 "
                + "or count(*) filter (where a.status = 'REJECTED') = 0) thin"), "openings with few stages or statuses");
        String synthetic = "select a.id, a.stage from application a join candidate c on c.id = a.candidate_id "
                + "where c.email like 'synthetic-%'";
        assertEquals(0, database.count("select count(*) from (" + synthetic + ") a where not exists "
                + "(select 1 from application_event e where e.application_id = a.id and e.kind = 'APPLIED')"));
        assertEquals(0, database.count("select count(*) from (" + synthetic + ") a where a.stage <> "
                + "(select e.to_stage from application_event e where e.application_id = a.id "
                + "order by e.occurred_at desc, e.id desc limit 1)"), "the last event matches each application's stage");
    }
}
