package app.rounddown.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file sent with an outbox message (a calendar request), kept with it for retries and resends. */
@Entity
public class OutboxAttachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long outboxId;
    public int position;
    public String fileName;
    public String contentType;
    public byte[] content;

    public int size() {
        return content == null ? 0 : content.length;
    }
}
