package app.rounddown.mail;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Where every message starts: a row written in the same transaction as the change that causes it, so the change and
 * its message are saved together or not at all. {@link Delivery} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    MailSettings settings;
    @Inject
    Audit audit;

    /** Queues a message inside the caller's transaction; there must be one, or the message could outlive a rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage queue(Letter letter) {
        Instant now = Instant.now();
        OutboxMessage message = new OutboxMessage();
        message.kind = letter.kind();
        message.messageId = "<" + UUID.randomUUID() + "@" + settings.domain() + ">";
        message.toAddress = letter.toAddress().strip();
        message.toName = letter.toName() == null ? "" : letter.toName().strip();
        message.subject = letter.subject();
        message.bodyText = letter.text();
        message.bodyHtml = letter.html();
        message.toCandidate = letter.toCandidate();
        message.candidateId = letter.candidateId();
        message.applicationId = letter.applicationId();
        message.createdAt = now;
        message.nextAttemptAt = now;
        message.persist();
        int position = 0;
        for (Letter.Attachment file : letter.attachments()) {
            OutboxAttachment attachment = new OutboxAttachment();
            attachment.outboxId = message.id;
            attachment.position = position++;
            attachment.fileName = file.fileName();
            attachment.contentType = file.contentType();
            attachment.content = file.content();
            attachment.persist();
        }
        return message;
    }

    /** A failed message goes back in the queue, with its tries counted afresh; it keeps its Message-ID. */
    @Transactional
    public OutboxMessage resend(long id) {
        OutboxMessage message = find(id);
        OutboxMessage.getEntityManager().lock(message, LockModeType.PESSIMISTIC_WRITE);
        OutboxMessage.getEntityManager().refresh(message);
        if (!message.mayResend()) {
            throw InvalidInput.of("resend", "Only a failed message can be sent again; this one is "
                    + message.status.label().toLowerCase() + ".");
        }
        message.status = MessageStatus.QUEUED;
        message.attempts = 0;
        message.nextAttemptAt = Instant.now();
        audit.record("message", message.id, "resent", "Message to " + message.toAddress + " queued again: "
                + message.subject, Map.of("status", new AuditEntry.Change(MessageStatus.FAILED.name(),
                MessageStatus.QUEUED.name())), message.candidateId);
        return message;
    }

    public static OutboxMessage find(long id) {
        return Found.or404(OutboxMessage.findById(id), "message", id);
    }
}
