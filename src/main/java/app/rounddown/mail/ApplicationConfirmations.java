package app.rounddown.mail;

import app.rounddown.candidate.Candidate;
import app.rounddown.careers.ApplicationReceived;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Tells someone who applied on the careers page that their application arrived, and what happens next. */
@ApplicationScoped
public class ApplicationConfirmations {
    static final String KIND = "application-received";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Confirmation confirmation);

        static native TemplateInstance html(Confirmation confirmation);
    }

    /** What the message says. */
    public record Confirmation(String name, String jobTitle, String jobLink, String careersLink, String companyName) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReceived(@Observes ApplicationReceived received) {
        Candidate candidate = Candidate.findById(received.candidateId());
        String company = settings.companyName().isEmpty() ? "The hiring team" : settings.companyName();
        Confirmation confirmation = new Confirmation(candidate.name, received.jobTitle(),
                settings.link("/jobs/" + received.jobSlug()), settings.link("/jobs"), company);
        outbox.queue(Letter.toCandidate(KIND, candidate.email, candidate.name, "We have your application: "
                        + received.jobTitle() + " at " + company, Templates.text(confirmation).render(),
                Templates.html(confirmation).render(), List.of(), candidate.id, received.applicationId()));
    }
}
