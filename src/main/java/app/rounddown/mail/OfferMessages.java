package app.rounddown.mail;

import app.rounddown.audit.AuditEntry;
import app.rounddown.decision.Offer;
import app.rounddown.decision.OfferApproved;
import app.rounddown.decision.OfferAwaitingApproval;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Offers ask people to act: an approver is told when an offer waits for their approval, and the recruiter when it is
 * fully approved. Only admins and the offer's two approvers see pay, so only their messages carry the terms and the
 * offer page's link; anyone else is sent to the candidate's page.
 */
@ApplicationScoped
public class OfferMessages {
    static final String AWAITING = "offer-awaiting-approval";
    static final String APPROVED = "offer-approved";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance awaitingText(Notice notice);

        static native TemplateInstance awaitingHtml(Notice notice);

        static native TemplateInstance approvedText(Notice notice);

        static native TemplateInstance approvedHtml(Notice notice);
    }

    /** What one message says; {@code terms} and {@code offerLink} are null for someone who may not see pay. */
    public record Notice(String recipientName, String candidateName, String openingTitle, String approvedBy,
                         Terms terms, String offerLink, String candidateLink, String companyName) {
    }

    /** The offer's terms, for someone who may see pay. */
    public record Terms(String ote, int basePercent, String startDate) {
    }

    void onAwaiting(@Observes OfferAwaitingApproval awaiting) {
        User approver = User.findById(awaiting.waitingOnUserId());
        Offer offer = Offer.of(awaiting.applicationId()).orElse(null);
        if (approver == null || !approver.active || offer == null) {
            return;
        }
        String approvedBy = offer.managerApprovedBy != null ? offer.managerApprovedBy : offer.secondApprovedBy;
        Notice notice = notice(approver, offer, approvedBy);
        outbox.queue(Letter.internal(AWAITING, approver.email, approver.name, "Offer for " + notice.candidateName()
                        + " awaits your approval", Templates.awaitingText(notice).render(),
                Templates.awaitingHtml(notice).render(), List.of(), offer.application.candidate.id, offer.application.id));
    }

    void onApproved(@Observes OfferApproved approved) {
        Offer offer = Offer.of(approved.applicationId()).orElseThrow();
        String approvedBy = offer.managerApprovedBy + " and " + offer.secondApprovedBy;
        for (User recruiter : recruitersOf(offer.application)) {
            Notice notice = notice(recruiter, offer, approvedBy);
            outbox.queue(Letter.internal(APPROVED, recruiter.email, recruiter.name, "Offer for "
                            + notice.candidateName() + " approved", Templates.approvedText(notice).render(),
                    Templates.approvedHtml(notice).render(), List.of(), offer.application.candidate.id,
                    offer.application.id));
        }
    }

    private Notice notice(User recipient, Offer offer, String approvedBy) {
        Application application = offer.application;
        boolean seesPay = seesPay(recipient, application);
        Terms terms = seesPay ? new Terms(offer.ote.toString(), offer.basePercent,
                offer.startDate == null ? "not set" : DATE.format(offer.startDate)) : null;
        return new Notice(recipient.name, application.candidate.name, application.opening.title, approvedBy, terms,
                seesPay ? settings.link("/offers/" + application.id) : null,
                settings.link("/candidates/" + application.candidate.id), settings.companyName());
    }

    /** The same people the offer page admits (access's adminsOrOfferApprovers rule). */
    static boolean seesPay(User user, Application application) {
        return user.has(Role.ADMIN) || user.has(Role.HIRING_MANAGER) && (user.id.equals(application.hiringManagerId())
                || user.id.equals(application.secondApproverId()));
    }

    /**
     * The recruiter who added the candidate to this opening, who follows the candidate through; when that person is
     * gone, every active recruiter, so an approved offer is never left unnoticed.
     */
    static List<User> recruitersOf(Application application) {
        AuditEntry added = AuditEntry.<AuditEntry>find("entityType = 'application' and entityId = ?1 and action = 'created' "
                + "order by id", application.id).firstResult();
        User adder = added == null || added.actorId == null ? null : User.findById(added.actorId);
        if (adder != null && adder.active && (adder.has(Role.RECRUITER) || adder.has(Role.ADMIN))) {
            return List.of(adder);
        }
        return User.activeWithRole(Role.RECRUITER);
    }
}
