package app.rounddown.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The short personal message after a rejection at the culture interview: drafted from the CULTURE_REJECTION template
 * with the rejection, edited by the recruiter, then sent or deliberately not sent. Once sent it no longer changes.
 */
@Entity
public class CultureRejectionMessage extends PanacheEntityBase {
    public enum Status { DRAFT, SENT, SKIPPED }

    @Id
    public Long applicationId;
    public String subject;
    public String text;
    /** The template's HTML part while the text is as drafted; null once edited. */
    public String html;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant draftedAt;
    public Instant closedAt;
    public String closedBy;
    @Version
    public int version;

    public static Optional<CultureRejectionMessage> of(long applicationId) {
        return Optional.ofNullable(findById(applicationId));
    }

    public boolean sent() {
        return status == Status.SENT;
    }

    public boolean skipped() {
        return status == Status.SKIPPED;
    }

    /** A fresh draft, replacing one that was never sent (a reopened application rejected again). */
    void redraft(String subject, String text, String html, Instant now) {
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.status = Status.DRAFT;
        this.draftedAt = now;
        this.closedAt = null;
        this.closedBy = null;
    }

    /** The recruiter's text; the template's HTML only fits the text it was rendered with. */
    void edit(String edited) {
        if (!edited.equals(text)) {
            html = null;
        }
        text = edited;
    }

    void close(Status to, String by, Instant now) {
        status = to;
        closedBy = by;
        closedAt = now;
    }
}
