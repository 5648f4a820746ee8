package app.rounddown.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who messages come from and where their links lead: settings checked at start-up (server/Settings). */
@ApplicationScoped
public class MailSettings {
    @ConfigProperty(name = "rounddown.mail.from")
    Optional<String> from;
    @ConfigProperty(name = "rounddown.company-name")
    Optional<String> companyName;
    @ConfigProperty(name = "rounddown.public-url")
    String publicUrl;

    public String from() {
        return from.map(String::strip).orElse("");
    }

    public String companyName() {
        return companyName.map(String::strip).orElse("");
    }

    /** An absolute link to a page of the app, as a message needs it: {@code link("/candidates/4")}. */
    public String link(String path) {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The part of the sender's address after the @, for Message-IDs that name the sender's own domain. */
    String domain() {
        String address = from();
        int at = address.lastIndexOf('@');
        return at < 0 ? "rounddown.invalid" : address.substring(at + 1);
    }
}
