package app.rounddown.candidate;

import app.rounddown.files.StoredFile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A CV a candidate sent with an application or a recruiter added, with the text read out of it (later). */
@Entity
public class CandidateCv extends PanacheEntityBase {
    public enum TextStatus { PENDING, READ, UNREADABLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long candidateId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    public StoredFile file;
    public String uploadedBy;
    @Column(updatable = false)
    public Instant uploadedAt = Instant.now();
    @Enumerated(EnumType.STRING)
    public TextStatus textStatus = TextStatus.PENDING;
    public String text;
    public Instant textReadAt;
}
