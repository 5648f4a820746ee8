package app.rounddown.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 14: "CV file (PDF or DOCX, at most 10 MB, checked by content not by name)". */
class CvFormatTest {

    @Test
    void aPdfIsKnownByItsFirstBytes() {
        assertEquals(Optional.of(CvFormat.PDF), CvFormat.of("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aWordFileIsAZipHoldingTheDocumentPart() throws IOException {
        assertEquals(Optional.of(CvFormat.DOCX), CvFormat.of(zip("word/document.xml")));
    }

    @Test
    void anyOtherZipIsNotACvEvenNamedDocx() throws IOException {
        assertTrue(CvFormat.of(zip("xl/workbook.xml")).isEmpty());
    }

    @Test
    void textOrAnImageRenamedToPdfIsRefused() {
        assertTrue(CvFormat.of("Dear hiring team".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(CvFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).isEmpty());
        assertTrue(CvFormat.of(new byte[0]).isEmpty());
    }

    @Test
    void aFileNamedWronglyGetsTheExtensionOfItsContent() {
        assertEquals("cv.txt.pdf", CvFormat.PDF.filename("cv.txt"));
        assertEquals("Ada CV.PDF", CvFormat.PDF.filename("Ada CV.PDF"));
        assertEquals("cv.docx", CvFormat.DOCX.filename(" "));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
