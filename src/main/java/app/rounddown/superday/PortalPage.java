package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.Instant;
import java.util.List;

/**
 * What the candidate's page shows: the day in their own zone with each meeting's video link, whom to ask, what the day
 * pays, what they handed in, and the files kept from a refused try. A fixed number of statements however much came back.
 */
public record PortalPage(SuperDay day, String token, String company, Contact contact, List<Block> blocks,
                         List<Submission> submissions, List<StoredFile> kept, Instant now, FormData form,
                         FieldErrors errors) {

    /** Whom the candidate asks about the day: the SuperDay's contact, or the company's own address when it names nobody. */
    public record Contact(String name, String email) {
    }

    public static PortalPage of(SuperDay day, String token, Contact company, List<StoredFile> kept, Instant now,
                                FormData form, FieldErrors errors) {
        SuperDay.find("from SuperDay d join fetch d.application a join fetch a.candidate join fetch a.opening "
                + "left join fetch d.contact left join fetch d.taskVersion where d.id = ?1", day.id).firstResult();
        List<Block> blocks = Block.list("select distinct b from Block b left join fetch b.participants "
                + "where b.superDay.id = ?1 order by b.position", day.id);
        Contact contact = day.contact == null ? company : new Contact(day.contact.name, day.contact.email);
        return new PortalPage(day, token, company.name(), contact, blocks, Submission.withFiles(day.id), kept, now, form,
                errors);
    }

    /** What the day pays, as the candidate's invitation says it. */
    public String feeNote() {
        if (day.donateFee) {
            return "The day is paid " + day.fee + " whatever the outcome; as you asked, it goes to charity.";
        }
        return "The day is paid " + day.fee + " whatever the outcome."
                + (day.cancellationFee.isZero() ? "" : " If we have to cancel it, you are paid " + day.cancellationFee + ".");
    }

    /** Which tax form to send before the fee can be paid, if any; none when the fee goes to charity. */
    public String taxFormNote() {
        return (day.taxFormNeeded() ? day.taxForm : TaxForm.NONE).candidateNote();
    }
}
