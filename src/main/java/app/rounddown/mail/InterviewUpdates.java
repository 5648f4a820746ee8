package app.rounddown.mail;

import app.rounddown.calendar.Ics;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewMoved;
import app.rounddown.scorecard.InterviewerExcused;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * The interviewer hears of every change to their interview, with a calendar file that replaces the one they have
 * (same UID, the next SEQUENCE): a new time is an update, an excusal a cancellation.
 */
@ApplicationScoped
public class InterviewUpdates {
    static final String MOVED = "interview-update";
    static final String CANCELLED = "interview-cancellation";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance movedText(InterviewInvitations.Invitation invitation, String was);

        static native TemplateInstance movedHtml(InterviewInvitations.Invitation invitation, String was);

        static native TemplateInstance cancelledText(InterviewInvitations.Invitation invitation, String reason);

        static native TemplateInstance cancelledHtml(InterviewInvitations.Invitation invitation, String reason);
    }

    void onMoved(@Observes InterviewMoved moved) {
        Assignment assignment = Assignment.findById(moved.assignmentId());
        ZoneId zone = assignment.interviewer.zone();
        InterviewInvitations.Invitation now = InterviewMail.forInterviewer(assignment, settings);
        String was = InterviewMail.when(zone, moved.previousStartsAt(),
                moved.previousStartsAt().plusSeconds(moved.previousDurationMinutes() * 60L));
        String subject = "New time: " + now.stage() + " with " + now.candidateName() + ", now "
                + InterviewMail.shortWhen(zone, assignment.startsAt);
        send(MOVED, assignment, subject, Templates.movedText(now, was), Templates.movedHtml(now, was), Ics.Method.REQUEST);
    }

    void onExcused(@Observes InterviewerExcused excused) {
        Assignment assignment = Assignment.findById(excused.assignmentId());
        InterviewInvitations.Invitation then = InterviewMail.forInterviewer(assignment, settings);
        String subject = "Cancelled: " + then.stage() + " with " + then.candidateName() + ", "
                + InterviewMail.shortWhen(assignment.interviewer.zone(), assignment.startsAt);
        send(CANCELLED, assignment, subject, Templates.cancelledText(then, excused.reason()),
                Templates.cancelledHtml(then, excused.reason()), Ics.Method.CANCEL);
    }

    private void send(String kind, Assignment assignment, String subject, TemplateInstance text, TemplateInstance html,
                      Ics.Method method) {
        outbox.queue(Letter.internal(kind, assignment.interviewer.email, assignment.interviewer.name, subject,
                text.render(), html.render(), List.of(InterviewMail.interviewerCalendar(assignment, method, settings)),
                assignment.application.candidate.id, assignment.application.id));
    }
}
