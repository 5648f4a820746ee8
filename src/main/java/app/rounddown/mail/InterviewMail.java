package app.rounddown.mail;

import app.rounddown.access.AccessTable;
import app.rounddown.calendar.Ics;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.scorecard.Assignment;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the interview messages share: times as the reader's zone shows them, the interviewer's side of an interview
 * (its links and its calendar request, whose UID stays the same for every update and cancellation).
 */
final class InterviewMail {
    private InterviewMail() {
    }

    /** "Tuesday 24 November 2026, 14:00–14:45", in the zone given. */
    static String when(ZoneId zone, Instant start, Instant end) {
        return MailTimes.range(zone, start, end);
    }

    /** "Tue 24 Nov, 14:00 (America/New_York)", for a subject line. */
    static String shortWhen(ZoneId zone, Instant start) {
        return MailTimes.shortAt(zone, start) + " (" + zone.getId() + ")";
    }

    static ZoneId zoneOr(String name, ZoneId otherwise) {
        try {
            return name == null ? otherwise : ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            return otherwise;
        }
    }

    /** What the interviewer reads about their interview, at its current time, in their own zone. */
    static InterviewInvitations.Invitation forInterviewer(Assignment assignment, MailSettings settings) {
        Application application = assignment.application;
        User interviewer = assignment.interviewer;
        ZoneId zone = interviewer.zone();
        boolean mayOpenCandidate = AccessTable.ruleFor("GET", "/candidates/{id}")
                .map(rule -> rule.admitsByRole(interviewer)).orElse(false);
        return new InterviewInvitations.Invitation(interviewer.name, assignment.stage.label(),
                application.candidate.name, application.opening.title,
                when(zone, assignment.startsAt, assignment.endsAt()), zone.getId(), assignment.durationMinutes,
                settings.link("/interviews/" + application.id + "/" + assignment.stage.name()),
                mayOpenCandidate ? settings.link("/candidates/" + application.candidate.id) : null,
                settings.companyName());
    }

    /** The interviewer's calendar request for the interview as it now is, at the assignment's current SEQUENCE. */
    static Letter.Attachment interviewerCalendar(Assignment assignment, Ics.Method method, MailSettings settings) {
        InterviewInvitations.Invitation about = forInterviewer(assignment, settings);
        String candidate = about.candidateName();
        String calendar = Ics.request(method, assignment.interviewer.zone(), new Ics.Event(interviewerUid(assignment),
                        about.stage() + ": " + candidate, about.stage() + " with " + candidate + " for "
                        + about.openingTitle() + ". Kit and scorecard: " + about.interviewLink(), assignment.startsAt,
                        assignment.endsAt()),
                new Ics.Person(settings.companyName(), settings.from()),
                new Ics.Person(assignment.interviewer.name, assignment.interviewer.email), Instant.now(),
                assignment.calendarSequence);
        return attachment(method, calendar);
    }

    static Letter.Attachment attachment(Ics.Method method, String calendar) {
        return new Letter.Attachment(method == Ics.Method.CANCEL ? "cancellation.ics" : "invitation.ics",
                "text/calendar; charset=UTF-8; method=" + method.name(), calendar.getBytes(StandardCharsets.UTF_8));
    }

    /** One per assignment, so a later update or cancellation of the same interview replaces this event. */
    static String interviewerUid(Assignment assignment) {
        return "interview-" + assignment.id + "@rounddown";
    }
}
