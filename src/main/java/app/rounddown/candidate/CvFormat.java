package app.rounddown.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a CV file really is, judged by its bytes and never by its name: a PDF starts with "%PDF-", a Word (.docx)
 * file is a ZIP holding "word/document.xml". Anything else, renamed or not, is refused.
 */
public enum CvFormat {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String REFUSED = "Choose a PDF or Word (.docx) file: this file is neither, whatever its name says.";

    public final String contentType;
    public final String extension;

    CvFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public static Optional<CvFormat> of(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, "PK\u0003\u0004") && holdsWordDocument(bytes)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** The file's own name when it ends right, otherwise the name with the extension its content has. */
    public String filename(String chosen) {
        String name = chosen == null || chosen.isBlank() ? "cv" : chosen.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
