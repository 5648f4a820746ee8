package app.rounddown.mail;

import app.rounddown.people.PasswordLink;
import app.rounddown.people.PasswordLinkIssued;
import app.rounddown.people.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * The link to set a password: for a new account, or after "Forgot your password?". The link's secret is only in this
 * message (the database keeps its hash), so the outbox row is the one place it is written down.
 */
@ApplicationScoped
public class PasswordLinkMails {
    static final String INVITATION = "account-invitation";
    static final String RESET = "password-reset";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Notice notice);

        static native TemplateInstance html(Notice notice);
    }

    /** What the message says; {@code invitation} tells a new account from a forgotten password. */
    public record Notice(boolean invitation, String name, String email, String link, String hours, String until,
                         String zone, String signInLink, String companyName) {
    }

    void onIssued(@Observes PasswordLinkIssued issued) {
        User user = User.findById(issued.userId());
        ZoneId zone = user.zone();
        boolean invitation = issued.purpose() == PasswordLink.Purpose.INVITATION;
        String company = settings.companyName();
        Notice notice = new Notice(invitation, user.name, user.email, settings.link("/password-links/" + issued.token()),
                String.valueOf(issued.purpose().life().toHours()), MailTimes.at(zone, issued.expiresAt()),
                zone.getId(), settings.link("/signin"), company);
        String subject = invitation ? "Your Rounddown account at " + company + ": set your password"
                : "Set a new Rounddown password (" + company + ")";
        outbox.queue(Letter.internal(invitation ? INVITATION : RESET, user.email, user.name, subject,
                Templates.text(notice).render(), Templates.html(notice).render(), List.of(), null, null));
    }
}
