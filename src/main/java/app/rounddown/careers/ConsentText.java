package app.rounddown.careers;

import app.rounddown.web.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a candidate agrees to on the application form, word for word. The stored version is the month this wording
 * was written plus the start of the text's SHA-256, so a change of company name or retention period (which change the
 * words) is a new version too, and every stored consent can be matched to the exact text shown.
 */
@ApplicationScoped
public class ConsentText {
    /** Change this when the wording below changes. */
    static final String WRITTEN = "2026-11";

    @ConfigProperty(name = "rounddown.company-name")
    Optional<String> companyName;
    @ConfigProperty(name = "rounddown.retention.months", defaultValue = "24")
    int retentionMonths;

    public String company() {
        return companyName.map(String::strip).filter(name -> !name.isEmpty()).orElse("The hiring team");
    }

    public String text() {
        return "I agree that " + company() + " keeps what I send with this form (my name, contact details, CV, note "
                + "and answers) to consider me for this role and others like it, and deletes it " + retentionMonths
                + " months after my last contact with the hiring team unless I am hired. I can ask for a copy of it, "
                + "or for it to be deleted sooner, at any time.";
    }

    public String version() {
        return WRITTEN + "-" + Digests.sha256(text()).substring(0, 12);
    }
}
