package app.rounddown.files;

import app.rounddown.web.Digests;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Keeps uploaded files in the database, so every app instance serves the same files. */
@ApplicationScoped
public class StoredFiles {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    EntityManager entityManager;

    /** Checks every upload before storing any, so one file too large stores nothing at all. */
    public static void check(String field, List<FileUpload> uploads) {
        for (FileUpload upload : uploads) {
            if (upload.size() > MAX_BYTES) {
                throw InvalidInput.of(field, "\u201c" + upload.fileName() + "\u201d is " + megabytes(upload.size())
                        + "; each file can be at most 20 MB. Nothing was saved: share a link to a larger file instead.");
            }
            if (upload.fileName() == null || upload.fileName().isBlank() || upload.fileName().length() > 255) {
                throw InvalidInput.of(field, "Give each file a name of up to 255 characters.");
            }
        }
    }

    /** Only the files a person actually chose: browsers send an empty part for an empty file field. */
    public static List<FileUpload> chosen(List<FileUpload> uploads) {
        return uploads == null ? List.of() : uploads.stream()
                .filter(u -> u.fileName() != null && !u.fileName().isBlank() && u.size() > 0).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(FileUpload upload) {
        String contentType = upload.contentType() == null || upload.contentType().isBlank()
                ? "application/octet-stream" : upload.contentType();
        return store(upload.fileName().strip(), contentType, bytesOf(upload));
    }

    /** Stores bytes already read and checked, under the content type the caller established. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(String filename, String contentType, byte[] bytes) {
        Number id = (Number) entityManager.createNativeQuery("insert into stored_file (filename, content_type, size_bytes, "
                        + "sha256, content) values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, filename).setParameter(2, contentType).setParameter(3, (long) bytes.length)
                .setParameter(4, Digests.sha256(bytes)).setParameter(5, bytes).getSingleResult();
        return StoredFile.findById(id.longValue());
    }

    public static byte[] bytesOf(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] content(long fileId) {
        return (byte[]) entityManager.createNativeQuery("select content from stored_file where id = ?1")
                .setParameter(1, fileId).getSingleResult();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
