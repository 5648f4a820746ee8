package app.rounddown.cvtext;

import app.rounddown.candidate.CvFormat;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a CV, read by the format's own library (PDFBox for PDF, POI for Word): nothing when there is none to
 * read (a scanned image, a damaged or password-protected file). Never throws for a bad file: a CV that cannot be read
 * is still a CV, only marked so.
 */
public final class CvText {
    /** Enough for any real CV many times over; a longer text is cut here, so one odd file cannot fill the database. */
    public static final int MAX_CHARS = 200_000;

    private CvText() {
    }

    public static Optional<String> read(byte[] bytes, CvFormat format) {
        try {
            String text = format == CvFormat.PDF ? pdf(bytes) : docx(bytes);
            return Optional.of(tidy(text)).filter(t -> !t.isBlank());
        } catch (Exception | StackOverflowError e) {
            // A damaged, encrypted or hostile file: the libraries say so with all sorts of exceptions.
            return Optional.empty();
        }
    }

    private static String pdf(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** PostgreSQL text holds no NUL; line ends become \n and runs of blank lines one blank line. */
    static String tidy(String text) {
        String clean = text.replace("\u0000", "").replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        if (clean.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(clean.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            clean = clean.substring(0, end);
        }
        return clean;
    }
}
