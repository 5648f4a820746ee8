package app.rounddown.mail;

import app.rounddown.calendar.Ics;
import app.rounddown.candidate.Candidate;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.superday.PortalLinks;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.SuperDayCancelled;
import app.rounddown.superday.SuperDayChanged;
import app.rounddown.superday.SuperDayPlanned;
import app.rounddown.superday.TaxForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The candidate's SuperDay messages, in the candidate's zone: the invitation (from the admins' SuperDay template) with
 * their link, the agenda, the fees, the tax form, a contact and a calendar request for the day; the same again when the
 * day changes; and a cancellation, with the cancellation fee when the company cancelled. A candidate without an
 * address gets nothing (the page that caused it says so).
 */
@ApplicationScoped
public class SuperDayInvitations {
    static final String INVITATION = "superday-invitation";
    static final String UPDATE = "superday-update";
    static final String CANCELLATION = "superday-cancellation";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    Letters letters;
    @Inject
    PortalLinks links;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancelledText(Cancellation cancellation);

        static native TemplateInstance cancelledHtml(Cancellation cancellation);
    }

    /** What the cancellation says: never the reason given, which may be an internal note. */
    public record Cancellation(String firstName, String openingTitle, String date, String zone, boolean byCompany,
                               String cancellationFee, String taxFormNote, String contactName, String contactEmail,
                               String companyName) {
    }

    void onPlanned(@Observes SuperDayPlanned planned) {
        SuperDay day = SuperDay.findById(planned.superDayId());
        if (SuperDayText.hasAddress(day.application.candidate)) {
            invite(day, INVITATION, "");
        }
    }

    void onChanged(@Observes SuperDayChanged changed) {
        SuperDay day = SuperDay.findById(changed.superDayId());
        if (SuperDayText.hasAddress(day.application.candidate) && !asTheCandidateSeesIt(changed.before())
                .equals(asTheCandidateSeesIt(day.asBefore()))) {
            invite(day, UPDATE, "Updated: ");
        }
    }

    void onCancelled(@Observes SuperDayCancelled cancelled) {
        SuperDay day = SuperDay.findById(cancelled.superDayId());
        Candidate candidate = day.application.candidate;
        if (!SuperDayText.hasAddress(candidate)) {
            return;
        }
        ZoneId zone = day.zone();
        Ics.Person contact = SuperDayText.contact(day, settings);
        boolean paid = cancelled.byCompany() && !day.cancellationFee.isZero();
        Cancellation cancellation = new Cancellation(SuperDayText.firstName(candidate), day.application.opening.title,
                SuperDayText.dates(starts(day), zone), zone.getId(), cancelled.byCompany(),
                paid ? day.cancellationFee.toString() : null, paid ? taxFormNote(day) : null, contact.name(),
                contact.email(), settings.companyName());
        String subject = "Cancelled: your SuperDay with " + settings.companyName() + " on " + cancellation.date();
        outbox.queue(Letter.toCandidate(CANCELLATION, candidate.email, candidate.name, subject,
                Templates.cancelledText(cancellation).render(), Templates.cancelledHtml(cancellation).render(),
                List.of(calendar(day, Ics.Method.CANCEL)), candidate.id, day.application.id));
    }

    private void invite(SuperDay day, String kind, String subjectPrefix) {
        Candidate candidate = day.application.candidate;
        Rendered letter = letters.render(CandidateTemplate.SUPERDAY_INVITATION, values(day));
        String text = letter.text();
        String html = letter.html();
        if (!subjectPrefix.isEmpty()) {
            String changed = "Your SuperDay has changed. This is the day as it is now; the calendar invitation attached "
                    + "updates the one you had.";
            text = changed + "\n\n" + text;
            html = html.contains("<body>") ? html.replace("<body>", "<body>\n<p>" + changed + "</p>")
                    : "<p>" + changed + "</p>\n" + html;
        }
        outbox.queue(Letter.toCandidate(kind, candidate.email, candidate.name, subjectPrefix + letter.subject(), text,
                html, List.of(calendar(day, Ics.Method.REQUEST)), candidate.id, day.application.id));
    }

    /** Every placeholder of the SuperDay invitation, in the candidate's zone; the company's name is added by Letters. */
    Map<String, Object> values(SuperDay day) {
        Candidate candidate = day.application.candidate;
        ZoneId zone = day.zone();
        boolean severalDates = SuperDayText.severalDates(starts(day), zone);
        Ics.Person contact = SuperDayText.contact(day, settings);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", SuperDayText.firstName(candidate));
        values.put("candidateName", candidate.name);
        values.put("openingTitle", day.application.opening.title);
        values.put("date", SuperDayText.dates(starts(day), zone));
        values.put("zone", zone.getId());
        values.put("agenda", day.blocks.stream().map(b -> SuperDayText.line(b, zone, severalDates, b.kind.label()))
                .toList());
        values.put("fee", day.fee.toString());
        values.put("cancellationFee", day.cancellationFee.toString());
        values.put("taxFormNote", taxFormNote(day));
        values.put("contactName", contact.name());
        values.put("contactEmail", contact.email());
        values.put("portalLink", settings.link("/portal/" + links.portalToken(day)));
        return values;
    }

    private static String taxFormNote(SuperDay day) {
        return (day.taxFormNeeded() ? day.taxForm : TaxForm.NONE).candidateNote();
    }

    /** The candidate's whole day as one event, whose UID stays with the SuperDay through every change. */
    private Letter.Attachment calendar(SuperDay day, Ics.Method method) {
        Candidate candidate = day.application.candidate;
        ZoneId zone = day.zone();
        boolean severalDates = SuperDayText.severalDates(starts(day), zone);
        // Plain ASCII: calendar lines are folded by characters, and RFC 5545 counts octets.
        String agenda = String.join("\n", day.blocks.stream().map(b -> SuperDayText.line(b, zone, severalDates,
                b.kind.label())).map(line -> line.time().replace('\u2013', '-') + "  " + line.title()).toList());
        String calendar = Ics.request(method, zone, new Ics.Event("superday-" + day.id + "-candidate@rounddown",
                        "SuperDay with " + settings.companyName(), "Your SuperDay for " + day.application.opening.title
                        + " at " + settings.companyName() + " (times in " + zone.getId() + "):\n" + agenda,
                        day.startsAt, day.endsAt),
                SuperDayText.organizer(settings), new Ics.Person(candidate.name, candidate.email), Instant.now(),
                day.calendarSequence);
        return attachment(method == Ics.Method.CANCEL ? "cancelled.ics" : "superday.ics", method, calendar);
    }

    static Letter.Attachment attachment(String fileName, Ics.Method method, String calendar) {
        return new Letter.Attachment(fileName, "text/calendar; charset=UTF-8; method=" + method.name(),
                calendar.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Instant> starts(SuperDay day) {
        return day.blocks.stream().map(b -> b.startsAt).toList();
    }

    /** What the candidate's message shows: the zone, the fees and each block's kind and time, not who is in it. */
    private static List<Object> asTheCandidateSeesIt(SuperDayChanged.Before day) {
        return List.of(day.candidateZone(), Objects.toString(day.fee()), Objects.toString(day.cancellationFee()),
                day.slots().stream().map(s -> s.kind() + " " + s.startsAt() + " " + s.minutes()).toList());
    }
}
