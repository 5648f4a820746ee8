package app.rounddown.mail;

import app.rounddown.calendar.Ics;
import app.rounddown.pipeline.Application;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewAssigned;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An interviewer assigned to a candidate's interview gets an invitation with a calendar request: when, in their own
 * zone and with the zone named; links to the interview (kit and scorecard) and, when they may open it, to the
 * candidate's page. Queued in the assignment's own transaction.
 */
@ApplicationScoped
public class InterviewInvitations {
    static final String KIND = "interview-invitation";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Invitation invitation);

        static native TemplateInstance html(Invitation invitation);
    }

    /** What the interviewer reads about their interview, for its text and HTML parts alike (updates too). */
    public record Invitation(String interviewerName, String stage, String candidateName, String openingTitle,
                             String when, String zone, int minutes, String interviewLink, String candidateLink,
                             String companyName) {
    }

    void onAssigned(@Observes InterviewAssigned assigned) {
        if (assigned.toldWithSuperDay()) {
            return; // their blocks of the day come as the SuperDay's own calendar requests
        }
        Assignment assignment = Assignment.findById(assigned.assignmentId());
        Application application = assignment.application;
        Invitation invitation = InterviewMail.forInterviewer(assignment, settings);
        String subject = "Invitation: " + invitation.stage() + " with " + invitation.candidateName() + ", "
                + InterviewMail.shortWhen(assignment.interviewer.zone(), assignment.startsAt);
        outbox.queue(Letter.internal(KIND, assignment.interviewer.email, assignment.interviewer.name, subject,
                Templates.text(invitation).render(), Templates.html(invitation).render(),
                List.of(InterviewMail.interviewerCalendar(assignment, Ics.Method.REQUEST, settings)),
                application.candidate.id, application.id));
    }
}
