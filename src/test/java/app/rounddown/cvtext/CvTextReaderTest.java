package app.rounddown.cvtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.CvFiles;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** "in a background job so the upload stays fast; a file whose text cannot be read is still stored and marked." */
@QuarkusTest
class CvTextReaderTest {
    @Inject
    CvTextReader reader;
    @Inject
    Database database;

    @Test
    void theJobReadsAPdfAndAWordFileAndMarksAnImageOnlyPdfUnreadable() {
        long candidate = Fixtures.candidate(Fixtures.unique("Read Person"));
        long pdf = CvFiles.attach(candidate, "cv.pdf", CvFiles.pdf("Quarterly quota attainment 134 percent"));
        long docx = CvFiles.attach(candidate, "cv.docx", CvFiles.docx("Grew the Benelux book of business"));
        long scan = CvFiles.attach(candidate, "scan.pdf", CvFiles.imageOnlyPdf());
        long garbage = CvFiles.attach(candidate, "broken.pdf",
                "%PDF-1.4 nothing else here".getBytes(StandardCharsets.US_ASCII));
        assertEquals("PENDING", status(pdf), "an upload leaves the reading to the job");

        reader.readPending();

        assertEquals("READ", status(pdf));
        assertTrue(database.text("select text from candidate_cv where id = ?", pdf)
                .contains("Quarterly quota attainment 134 percent"));
        assertEquals("Grew the Benelux book of business", database.text("select text from candidate_cv where id = ?", docx));
        assertEquals("UNREADABLE", status(scan));
        assertEquals("UNREADABLE", status(garbage));
        assertEquals(1, database.count("select count(*) from stored_file f join candidate_cv c on c.file_id = f.id "
                + "where c.id = ? and f.size_bytes > 0", garbage), "an unreadable file is still stored");
        assertEquals(4, database.count("select count(*) from candidate_cv where candidate_id = ? and text_read_at is not null",
                candidate));
    }

    @Test
    void twoInstancesAtOnceNeverReadOneCvTwice() throws Exception {
        long candidate = Fixtures.candidate(Fixtures.unique("Raced Person"));
        for (int i = 0; i < 12; i++) {
            CvFiles.attach(candidate, "cv-" + i + ".pdf", CvFiles.pdf("Version " + i));
        }
        long pending = database.count("select count(*) from candidate_cv where text_status = 'PENDING'");
        AtomicInteger read = new AtomicInteger();
        Instances.runAtOnce(2, () -> read.addAndGet(reader.readPending()));
        assertEquals(pending, read.get(), "every pending CV read exactly once between the two");
        assertEquals(0, database.count("select count(*) from candidate_cv where text_status = 'PENDING'"));
        assertEquals(12, database.count("select count(*) from candidate_cv where candidate_id = ? and text_status = 'READ'",
                candidate));
    }

    private String status(long cv) {
        return database.text("select text_status from candidate_cv where id = ?", cv);
    }
}
