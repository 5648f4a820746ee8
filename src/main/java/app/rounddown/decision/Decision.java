package app.rounddown.decision;

import app.rounddown.pipeline.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The hiring manager's call after a SuperDay, made once: an offer, or a rejection with its message. */
@Entity
public class Decision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String discussionNote;
    public String message;
    /** The rendered template's subject, and its HTML part while the text is as drafted (null once edited). */
    public String messageSubject;
    public String messageHtml;
    public LocalDate reapplyAfter;
    public String decidedBy;
    public Instant decidedAt;
    public Instant messageSentAt;
    public String messageSentBy;
    @Version
    public int version;

    public boolean messageSent() {
        return messageSentAt != null;
    }

    public static Optional<Decision> of(long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }
}
