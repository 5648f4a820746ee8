package app.rounddown.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One message in the outbox: what is sent to whom, and how its delivery is going. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {
    static final int ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    /** Stable for the row's whole life, so a retry or a resend is recognisably the same message. */
    @Column(updatable = false)
    public String messageId;
    public String toAddress;
    public String toName;
    public String subject;
    public String bodyText;
    public String bodyHtml;
    public boolean toCandidate;
    public Long candidateId;
    public Long applicationId;
    @Enumerated(EnumType.STRING)
    public MessageStatus status = MessageStatus.QUEUED;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    @Column(updatable = false)
    public Instant createdAt;
    public Instant sentAt;

    public boolean isSent() {
        return status == MessageStatus.SENT;
    }

    public boolean mayResend() {
        return status == MessageStatus.FAILED;
    }

    public List<OutboxAttachment> attachments() {
        return OutboxAttachment.list("outboxId = ?1 order by position", id);
    }

    /** Who it went to, as a person reads it: "Hannah Hiring <hannah@acme.example>". */
    public String recipient() {
        return toName == null || toName.isBlank() ? toAddress : toName + " <" + toAddress + ">";
    }

    static String shortened(String error) {
        String text = error == null || error.isBlank() ? "The SMTP server refused the message." : error.strip();
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH - 3) + "..." : text;
    }
}
