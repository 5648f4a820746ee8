package app.rounddown.files;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A file kept in PostgreSQL. The entity maps the description only; the bytes are read by
 * {@link StoredFiles#content} when someone downloads the file, so listing files never loads them.
 */
@Entity
public class StoredFile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String filename;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();

    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return (sizeBytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.ENGLISH, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
