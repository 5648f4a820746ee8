package app.rounddown.dossier;

import app.rounddown.audit.AuditEntry;
import app.rounddown.candidate.Candidate;
import app.rounddown.decision.OfferProgress;
import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningStatus;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationEvent;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.InterviewerChoices;
import app.rounddown.scorecard.StageResults;
import app.rounddown.superday.SuperDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A candidate's applications, their history, the openings they could still join, edits to the profile and
 * their interviews: a fixed number of statements, whatever the number of applications.
 */
public record CandidatePage(List<Application> applications, List<ApplicationEvent> timeline,
                               List<Opening> openToJoin, List<AuditEntry> recordHistory, StageResults interviews,
                               InterviewerChoices interviewerChoices,
                               Map<Long, SuperDay> superDays, List<AuditEntry> messagesSent,
                               Map<Long, OfferProgress> offers, CandidatePapers papers) {
    static final int TIMELINE_LIMIT = 200;
    static final int OPENINGS_LIMIT = 500;

    public static CandidatePage of(Candidate candidate) {
        return of(candidate, null, ZoneOffset.UTC);
    }

    /** With the day an interview is being planned for, each possible interviewer's interviews that day too. */
    public static CandidatePage of(Candidate candidate, LocalDate interviewDay, ZoneId zone) {
        List<Application> applications = Application.find("from Application a join fetch a.opening "
                + "where a.candidate = ?1 order by a.createdAt desc, a.id desc", candidate).list();
        List<ApplicationEvent> timeline = ApplicationEvent.timelineOf(applications.stream().map(a -> a.id).toList(),
                TIMELINE_LIMIT);
        List<Opening> openToJoin = Opening.find("status = OpeningStatus.OPEN and id not in "
                + "(select a.opening.id from Application a where a.candidate = ?1) order by lower(title), id", candidate)
                .page(0, OPENINGS_LIMIT).list();
        List<AuditEntry> recordHistory = AuditEntry.<AuditEntry>find("candidateId = ?1 and entityType = 'candidate' "
                + "order by occurredAt desc, id desc", candidate.id).page(0, TIMELINE_LIMIT).list();
        // Messages to the candidate, recorded in the audit log when the outbox hands them to the mail server.
        List<AuditEntry> messagesSent = AuditEntry.<AuditEntry>find("candidateId = ?1 and entityType = 'message' "
                + "and action = 'sent' order by occurredAt desc, id desc", candidate.id).page(0, TIMELINE_LIMIT).list();
        StageResults interviews = StageResults.of(applications.stream().map(a -> a.id).toList());
        InterviewerChoices interviewerChoices = InterviewerChoices.on(interviewDay, zone);
        Map<Long, SuperDay> superDays = new java.util.HashMap<>();
        if (!applications.isEmpty()) {
            SuperDay.<SuperDay>list(
                    "application.id in ?1 order by createdAt", applications.stream().map(a -> a.id).toList())
                    .forEach(day -> superDays.merge(day.application.id, day, (was, now) -> now.isCancelled() ? was : now));
        }
        // Where each offer stands, without its pay: everyone who reads the pipeline may see it.
        Map<Long, OfferProgress> offers = OfferProgress.of(applications.stream().map(a -> a.id).toList());
        return new CandidatePage(applications, timeline, openToJoin, recordHistory, interviews, interviewerChoices,
                superDays, messagesSent, offers, CandidatePapers.of(candidate.id));
    }

    /** One line of the timeline: a change to an application, or a message sent to the candidate. */
    public record TimelineEntry(Instant occurredAt, String what, String actor, String reasonLabel, String reason) {
    }

    /** The applications' history and the messages sent to the candidate, newest first. */
    public List<TimelineEntry> entries() {
        List<TimelineEntry> entries = new ArrayList<>();
        timeline.forEach(e -> entries.add(new TimelineEntry(e.occurredAt, openingOf(e) + ": " + e.describe(), e.actor,
                e.reasonLabel(), e.reason)));
        messagesSent.forEach(m -> entries.add(new TimelineEntry(m.occurredAt, m.summary, m.actorName, null, null)));
        entries.sort(Comparator.comparing(TimelineEntry::occurredAt).reversed());
        return entries.size() > TIMELINE_LIMIT ? entries.subList(0, TIMELINE_LIMIT) : entries;
    }

    /** The application's SuperDay: the live one, or the last cancelled one if none is live. */
    public SuperDay superDayOf(Application application) {
        return superDays.get(application.id);
    }

    /** The application's offer, where it stands (never its pay); null when none is drafted. */
    public OfferProgress offerOf(Application application) {
        return offers.get(application.id);
    }

    /** The opening an event belongs to, from the applications already loaded (no extra query per event). */
    public String openingOf(ApplicationEvent event) {
        return applications.stream().filter(a -> a.id.equals(event.application.id)).findFirst()
                .map(a -> a.opening.title).orElse("");
    }

    /** The assign form is open when the application waits at an interview stage that nobody is assigned to yet. */
    public boolean needsInterviewer(Application application) {
        return application.status.isActive() && Gate.INTERVIEW_STAGES.contains(application.stage)
                && interviews.at(application.id, application.stage).assignments.isEmpty();
    }

    /** Why moving this application forward must wait, for the hint beside the button; empty when it may go. */
    public List<String> holdReasons(Application application, User viewer) {
        return application.status.isActive() ? interviews.reasonsToHold(application.id, application.stage, viewer)
                : List.of();
    }
}
