package app.rounddown.careers;

import app.rounddown.web.FormData;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The application form as the browser sends it (multipart, for the CV). */
public class ApplicationPost {
    /** The honeypot: hidden from people and screen readers, so only a script fills it in. */
    static final String HONEYPOT = "contact_me_by_fax";

    @RestForm
    public String name;
    @RestForm
    public String email;
    @RestForm
    public String phone;
    @RestForm
    public String linkedinUrl;
    @RestForm
    public FileUpload cv;
    /** The token of a CV kept from a refused try. */
    @RestForm
    public String keptCv;
    @RestForm
    public String note;
    @RestForm
    public String heardFrom;
    @RestForm
    public String referrer;
    @RestForm
    public String timeZone;
    @RestForm
    public String consent;
    @RestForm
    public String stamp;
    @RestForm(HONEYPOT)
    public String honeypot;

    /** The typed values, to show the form again as it was sent. */
    FormData form() {
        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("email", email);
        values.put("phone", phone);
        values.put("linkedinUrl", linkedinUrl);
        values.put("note", note);
        values.put("heardFrom", heardFrom);
        values.put("referrer", referrer);
        values.put("timeZone", timeZone);
        values.put("consent", consent);
        return FormData.of(values);
    }

    /** A file was chosen in the CV field (browsers send an empty part when none was). */
    boolean cvChosen() {
        return cv != null && cv.fileName() != null && !cv.fileName().isBlank() && cv.size() > 0;
    }
}
