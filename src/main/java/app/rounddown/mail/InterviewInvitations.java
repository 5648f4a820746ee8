package app.rounddown.mail;

import app.rounddown.access.AccessTable;
import app.rounddown.calendar.Ics;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewAssigned;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An interviewer assigned to a candidate's interview gets an invitation with a calendar request: when, in their own
 * zone and with the zone named; links to the interview (kit and scorecard) and, when they may open it, to the
 * candidate's page. Queued in the assignment's own transaction.
 */
@ApplicationScoped
public class InterviewInvitations {
    static final String KIND = "interview-invitation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Invitation invitation);

        static native TemplateInstance html(Invitation invitation);
    }

    /** What the invitation says, for its text and HTML parts alike. */
    public record Invitation(String interviewerName, String stage, String candidateName, String openingTitle,
                             String when, String zone, int minutes, String interviewLink, String candidateLink,
                             String companyName) {
    }

    void onAssigned(@Observes InterviewAssigned assigned) {
        Assignment assignment = Assignment.findById(assigned.assignmentId());
        Application application = assignment.application;
        User interviewer = assignment.interviewer;
        ZoneId zone = interviewer.zone();
        Instant ends = assignment.startsAt.plusSeconds(assignment.durationMinutes * 60L);
        String candidate = application.candidate.name;
        String stage = assignment.stage.label();
        boolean mayOpenCandidate = AccessTable.ruleFor("GET", "/candidates/{id}")
                .map(rule -> rule.admitsByRole(interviewer)).orElse(false);
        Invitation invitation = new Invitation(interviewer.name, stage, candidate, application.opening.title,
                DAY.withZone(zone).format(assignment.startsAt) + "\u2013" + CLOCK.withZone(zone).format(ends),
                zone.getId(), assignment.durationMinutes,
                settings.link("/interviews/" + application.id + "/" + assignment.stage.name()),
                mayOpenCandidate ? settings.link("/candidates/" + application.candidate.id) : null,
                settings.companyName());
        String subject = "Invitation: " + stage + " with " + candidate + ", " + SHORT_DAY.withZone(zone)
                .format(assignment.startsAt) + " (" + zone.getId() + ")";
        String calendar = Ics.request(Ics.Method.REQUEST, zone, new Ics.Event(uid(assignment), stage + ": " + candidate,
                        stage + " with " + candidate + " for " + application.opening.title + ". Kit and scorecard: "
                                + invitation.interviewLink(), assignment.startsAt, ends),
                new Ics.Person(settings.companyName(), settings.from()), new Ics.Person(interviewer.name, interviewer.email),
                Instant.now(), 0);
        outbox.queue(Letter.internal(KIND, interviewer.email, interviewer.name, subject,
                Templates.text(invitation).render(), Templates.html(invitation).render(),
                List.of(new Letter.Attachment("invitation.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        calendar.getBytes(StandardCharsets.UTF_8))),
                application.candidate.id, application.id));
    }

    /** One per assignment, so a later update or cancellation of the same interview replaces this event. */
    static String uid(Assignment assignment) {
        return "interview-" + assignment.id + "@rounddown";
    }
}
