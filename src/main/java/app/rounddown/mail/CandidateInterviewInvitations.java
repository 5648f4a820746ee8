package app.rounddown.mail;

import app.rounddown.calendar.Ics;
import app.rounddown.candidate.Candidate;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewAssigned;
import app.rounddown.scorecard.InterviewMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate's own invitation to an interview, when their opening sends them (the default): rendered from the
 * admins' template, in the candidate's zone, with a calendar file of its own and nothing internal (no kit, no links
 * into the app, no notes). A panel of several interviewers at one time sends one invitation. A new time sends the
 * candidate an update of the same calendar event; an excused interviewer changes nothing for them, since someone
 * else usually takes the interview.
 */
@ApplicationScoped
public class CandidateInterviewInvitations {
    static final String KIND = "candidate-interview-invitation";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    Letters letters;

    void onAssigned(@Observes InterviewAssigned assigned) {
        if (assigned.stage() == Stage.SUPERDAY) {
            return; // the candidate's SuperDay invitation holds the whole day: a reviewer is no interview of its own
        }
        Assignment assignment = Assignment.findById(assigned.assignmentId());
        if (wanted(assignment) && !invitedToSameTime(assignment)) {
            send(assignment, "");
        }
    }

    void onMoved(@Observes InterviewMoved moved) {
        Assignment assignment = Assignment.findById(moved.assignmentId());
        if (assignment.candidateInvitedAt != null && hasAddress(assignment.application.candidate)) {
            send(assignment, "New time: ");
        } else if (moved.stage() != Stage.SUPERDAY && wanted(assignment) && !invitedToSameTime(assignment)) {
            send(assignment, "");
        }
    }

    private static boolean wanted(Assignment assignment) {
        return assignment.application.opening.candidateInvitations && hasAddress(assignment.application.candidate);
    }

    static boolean hasAddress(Candidate candidate) {
        return candidate.email != null && !candidate.email.isBlank();
    }

    /** Another interviewer of the same interview (same stage, same time) has already brought the candidate's invitation. */
    private static boolean invitedToSameTime(Assignment assignment) {
        return Assignment.count("application = ?1 and stage = ?2 and startsAt = ?3 and candidateInvitedAt is not null "
                + "and id <> ?4", assignment.application, assignment.stage, assignment.startsAt, assignment.id) > 0;
    }

    private void send(Assignment assignment, String subjectPrefix) {
        Application application = assignment.application;
        Candidate candidate = application.candidate;
        ZoneId zone = InterviewMail.zoneOr(candidate.timeZone, assignment.interviewer.zone());
        String stage = assignment.stage.label();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", candidate.name.strip().split("\\s+")[0]);
        values.put("candidateName", candidate.name);
        values.put("openingTitle", application.opening.title);
        values.put("stage", stage);
        values.put("interviewerName", assignment.interviewer.name);
        values.put("when", InterviewMail.when(zone, assignment.startsAt, assignment.endsAt()));
        values.put("zone", zone.getId());
        values.put("minutes", assignment.durationMinutes);
        Rendered letter = letters.render(CandidateTemplate.INTERVIEW_INVITATION, values);
        String calendar = Ics.request(Ics.Method.REQUEST, zone, new Ics.Event(uid(assignment),
                        stage + " with " + settings.companyName(), "Your " + stage + " for " + application.opening.title
                        + " with " + assignment.interviewer.name + ", " + settings.companyName() + ".",
                        assignment.startsAt, assignment.endsAt()),
                new Ics.Person(settings.companyName(), settings.from()), new Ics.Person(candidate.name, candidate.email),
                Instant.now(), assignment.calendarSequence);
        outbox.queue(Letter.toCandidate(KIND, candidate.email, candidate.name, subjectPrefix + letter.subject(),
                letter.text(), letter.html(), List.of(InterviewMail.attachment(Ics.Method.REQUEST, calendar)),
                candidate.id, application.id));
        assignment.candidateInvitedAt = Instant.now();
    }

    /** The candidate's event is their own, apart from the interviewer's, so neither replaces the other. */
    static String uid(Assignment assignment) {
        return "interview-" + assignment.id + "-candidate@rounddown";
    }
}
