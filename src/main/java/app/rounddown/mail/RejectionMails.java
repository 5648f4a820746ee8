package app.rounddown.mail;

import app.rounddown.decision.Decision;
import app.rounddown.decision.RejectionMessageSent;
import app.rounddown.letters.PlainText;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.CultureRejectionMessage;
import app.rounddown.pipeline.CultureRejectionSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A rejection's message, as the recruiter sent it, goes to the candidate: the text they approved, with the template's
 * HTML part when they left the draft as it was, or an HTML part made from their own text when they edited it.
 */
@ApplicationScoped
public class RejectionMails {
    static final String REJECTION = "rejection";
    static final String CULTURE_REJECTION = "culture-rejection";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    void onRejectionSent(@Observes RejectionMessageSent sent) {
        Decision decision = Decision.findById(sent.decisionId());
        queue(REJECTION, decision.application, decision.messageSubject, decision.message, decision.messageHtml);
    }

    void onCultureRejectionSent(@Observes CultureRejectionSent sent) {
        CultureRejectionMessage message = CultureRejectionMessage.findById(sent.applicationId());
        queue(CULTURE_REJECTION, Application.findById(sent.applicationId()), message.subject, message.text, message.html);
    }

    private void queue(String kind, Application application, String subject, String text, String html) {
        String company = settings.companyName();
        outbox.queue(Letter.toCandidate(kind, application.candidate.email, application.candidate.name,
                subject == null ? "Your application for " + application.opening.title + " at " + company : subject,
                text, html != null ? html : PlainText.toHtml(text, company), List.of(), application.candidate.id,
                application.id));
    }
}
