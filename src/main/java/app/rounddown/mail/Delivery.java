package app.rounddown.mail;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends what is due from the outbox; runs on every instance. Each round claims a few rows in a short transaction of
 * its own (FOR UPDATE SKIP LOCKED, then next_attempt_at moves a lease ahead), sends them with no transaction open,
 * then marks each one in another short transaction. Another instance never takes a leased row, so no row is sent
 * twice by two workers. The one window left is a crash (or a lost database) after the SMTP server took a message
 * and before it was marked SENT: the lease then runs out and the message is sent again. Delivery is at least once,
 * never at most once, and the stable Message-ID lets mail programs recognise the repeat.
 */
@ApplicationScoped
public class Delivery {
    private static final Logger LOG = Logger.getLogger(Delivery.class);
    static final int BATCH = 10;
    /** Longer than sending a batch can take (the SMTP timeout is 60 s per message by default). */
    static final Duration LEASE = Duration.ofMinutes(15);
    /** A backlog is worked off over several runs, so one run never holds the job for long. */
    static final int MOST_PER_RUN = 500;

    @Inject
    Mailer mailer;
    @Inject
    MailSettings settings;
    @Inject
    Audit audit;

    /** A claimed message as it goes out, read before sending so no transaction stays open during SMTP. */
    record Outgoing(long id, String messageId, String to, String subject, String text, String html,
                    List<Letter.Attachment> attachments, int attempts) {
    }

    @Scheduled(every = "${rounddown.mail.deliver-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverWhatIsDue() {
        deliverDue(Instant.now());
    }

    /** Sends every message due at {@code now}, a batch at a time; returns how many were tried (sent or not). */
    @ActivateRequestContext
    public int deliverDue(Instant now) {
        int tried = 0;
        while (tried < MOST_PER_RUN) {
            List<Outgoing> batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
            if (batch.isEmpty()) {
                break;
            }
            for (Outgoing message : batch) {
                deliver(message, now);
            }
            tried += batch.size();
        }
        return tried;
    }

    private void deliver(Outgoing message, Instant now) {
        try {
            mailer.send(mail(message));
        } catch (RuntimeException refused) {
            String error = refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage();
            QuarkusTransaction.requiringNew().run(() -> markFailedTry(message.id(), now, error));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> markSent(message.id(), now));
    }

    private List<Outgoing> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = OutboxMessage.getEntityManager().createNativeQuery("""
                select id from outbox where status = 'QUEUED' and next_attempt_at <= ?1
                 order by next_attempt_at, id limit ?2 for update skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(2, BATCH).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        OutboxMessage.update("attempts = attempts + 1, nextAttemptAt = ?1 where id in ?2", now.plus(LEASE), claimed);
        List<OutboxMessage> messages = OutboxMessage.list("id in ?1 order by nextAttemptAt, id", claimed);
        Map<Long, List<Letter.Attachment>> files = new HashMap<>();
        OutboxAttachment.<OutboxAttachment>list("outboxId in ?1 order by outboxId, position", claimed)
                .forEach(a -> files.computeIfAbsent(a.outboxId, k -> new ArrayList<>())
                        .add(new Letter.Attachment(a.fileName, a.contentType, a.content)));
        return messages.stream().map(m -> new Outgoing(m.id, m.messageId, m.toAddress, m.subject, m.bodyText,
                m.bodyHtml, files.getOrDefault(m.id, List.of()), m.attempts)).toList();
    }

    private Mail mail(Outgoing message) {
        Mail mail = new Mail().setFrom(sender()).setTo(List.of(message.to())).setSubject(message.subject())
                .setText(message.text());
        if (message.html() != null) {
            mail.setHtml(message.html());
        }
        mail.addHeader("Message-ID", message.messageId());
        for (Letter.Attachment file : message.attachments()) {
            mail.addAttachment(file.fileName(), file.content(), file.contentType());
        }
        return mail;
    }

    /** "Acme Ltd <hiring@acme.example>" when the name needs no quoting, else the address alone. */
    private String sender() {
        String name = settings.companyName();
        return name.matches("[A-Za-z0-9 .&'-]+") ? name + " <" + settings.from() + ">" : settings.from();
    }

    private void markSent(long id, Instant now) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null || message.status != MessageStatus.QUEUED) {
            return;
        }
        message.status = MessageStatus.SENT;
        message.sentAt = now;
        message.lastError = null;
        if (message.toCandidate && message.candidateId != null) {
            audit.record("message", message.id, "sent", "Sent to the candidate: " + message.subject,
                    Map.of("sentTo", new AuditEntry.Change(null, message.toAddress)), message.candidateId);
        }
    }

    private void markFailedTry(long id, Instant now, String error) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null || message.status != MessageStatus.QUEUED) {
            return;
        }
        message.lastError = OutboxMessage.shortened(error);
        Retries.after(message.attempts).ifPresentOrElse(wait -> message.nextAttemptAt = now.plus(wait), () -> {
            message.status = MessageStatus.FAILED;
            LOG.warnf("Gave up on message %d to %s after %d tries: %s", message.id, message.toAddress,
                    message.attempts, message.lastError);
        });
    }
}
