package app.rounddown.mail;

import app.rounddown.candidate.Candidate;
import app.rounddown.superday.PortalLinkRenewed;
import app.rounddown.superday.PortalLinks;
import app.rounddown.superday.SuperDay;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A recruiter made the candidate a new SuperDay link: the candidate gets it by e-mail, since the old one stopped
 * working. A short fixed message (not one of the templates admins edit), with the company's name.
 */
@ApplicationScoped
public class PortalLinkMessages {
    static final String KIND = "superday-new-link";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    PortalLinks links;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(NewLink link);

        static native TemplateInstance html(NewLink link);
    }

    public record NewLink(String firstName, String openingTitle, String date, String zone, String portalLink,
                          String contactName, String contactEmail, String companyName) {
    }

    void onRenewed(@Observes PortalLinkRenewed renewed) {
        SuperDay day = SuperDay.findById(renewed.superDayId());
        Candidate candidate = day.application.candidate;
        if (!SuperDayText.hasAddress(candidate)) {
            return;
        }
        var contact = SuperDayText.contact(day, settings);
        NewLink link = new NewLink(SuperDayText.firstName(candidate), day.application.opening.title,
                SuperDayText.dates(day.blocks.stream().map(b -> b.startsAt).toList(), day.zone()), day.zone().getId(),
                settings.link("/portal/" + links.portalToken(day)), contact.name(), contact.email(),
                settings.companyName());
        outbox.queue(Letter.toCandidate(KIND, candidate.email, candidate.name, "A new link to your SuperDay with "
                        + settings.companyName(), Templates.text(link).render(), Templates.html(link).render(), List.of(),
                candidate.id, day.application.id));
    }
}
