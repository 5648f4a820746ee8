package app.rounddown.cvtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.candidate.CvFormat;
import app.rounddown.support.CvFiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Their text is extracted by a library, not by hand (Apache PDFBox 3.0.5 and Apache POI 5.4.1)". */
class CvTextTest {
    @Test
    void aPdfMadeWithPdfBoxIsReadToItsText() {
        String text = CvText.read(CvFiles.pdf("Priya Raman", "Enterprise account executive, 2019-2025",
                "Closed a 1.2M renewal with Northwind"), CvFormat.PDF).orElseThrow();
        assertTrue(text.contains("Priya Raman"), text);
        assertTrue(text.contains("Closed a 1.2M renewal with Northwind"), text);
    }

    @Test
    void aWordFileMadeWithPoiIsReadToItsText() {
        String text = CvText.read(CvFiles.docx("Tomás Ortega", "Customer success manager at Contoso"), CvFormat.DOCX)
                .orElseThrow();
        assertEquals("Tomás Ortega\nCustomer success manager at Contoso", text);
    }

    @Test
    void aPdfWithOnlyAnImageHasNoTextToRead() {
        // "a file whose text cannot be read is still stored and marked"
        assertEquals(Optional.empty(), CvText.read(CvFiles.imageOnlyPdf(), CvFormat.PDF));
    }

    @Test
    void garbageAfterThePdfHeaderIsUnreadableWithoutThrowing() {
        byte[] garbage = "%PDF-1.7\n\u0001\u0002 this is not a PDF at all ]]>> endobj".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), CvText.read(garbage, CvFormat.PDF));
        assertEquals(Optional.empty(), CvText.read(new byte[] {'P', 'K', 3, 4, 0, 0, 9}, CvFormat.DOCX));
    }

    @Test
    void aPasswordProtectedPdfIsUnreadable() {
        assertEquals(Optional.empty(), CvText.read(CvFiles.lockedPdf("Secret CV"), CvFormat.PDF));
    }

    @Test
    void theTextLosesNulCharactersAndIsCutAtTheLimit() {
        assertEquals("ab\n\nc", CvText.tidy("a\u0000b  \r\n\r\n\r\n\r\nc"));
        assertEquals(CvText.MAX_CHARS, CvText.tidy("x".repeat(CvText.MAX_CHARS + 10)).length());
    }
}
