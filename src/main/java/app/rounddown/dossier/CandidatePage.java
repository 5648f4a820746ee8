package app.rounddown.dossier;

import app.rounddown.audit.AuditEntry;
import app.rounddown.candidate.Candidate;
import app.rounddown.decision.OfferProgress;
import app.rounddown.decision.OfferStatus;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        return of(candidate.id, null, null, ZoneOffset.UTC);
    }

    /** For this viewer: the notes then say whether one mentions them unseen. */
    public static CandidatePage of(long candidateId, Long viewerId) {
        return of(candidateId, viewerId, null, ZoneOffset.UTC);
    }

    /** With the day an interview is being planned for, each possible interviewer's interviews that day too. */
    public static CandidatePage of(Candidate candidate, LocalDate interviewDay, ZoneId zone) {
        return of(candidate.id, null, interviewDay, zone);
    }

    private static CandidatePage of(long candidateId, Long viewerId, LocalDate interviewDay, ZoneId zone) {
        Pipeline pipeline = Pipeline.of(candidateId);
        List<Long> applicationIds = pipeline.applications().stream().map(a -> a.id).toList();
        List<ApplicationEvent> timeline = ApplicationEvent.timelineOf(applicationIds, TIMELINE_LIMIT);
        List<Opening> openToJoin = Opening.find("status = OpeningStatus.OPEN and id not in "
                + "(select a.opening.id from Application a where a.candidate.id = ?1) order by lower(title), id", candidateId)
                .page(0, OPENINGS_LIMIT).list();
        AuditTrail audit = AuditTrail.of(candidateId);
        StageResults interviews = StageResults.forShowing(applicationIds);
        InterviewerChoices interviewerChoices = InterviewerChoices.on(interviewDay, zone);
        return new CandidatePage(pipeline.applications(), timeline, openToJoin, audit.recordHistory(), interviews,
                interviewerChoices, pipeline.superDays(), audit.messagesSent(), pipeline.offers(),
                CandidatePapers.of(candidateId, viewerId));
    }

    /**
     * The candidate's applications with their openings, SuperDays and offers (where each stands, without its pay), in
     * one statement; the candidate comes with them.
     */
    private record Pipeline(List<Application> applications, Map<Long, SuperDay> superDays,
                            Map<Long, OfferProgress> offers) {
        static Pipeline of(long candidateId) {
            List<Object[]> rows = Application.getEntityManager().createQuery("select a, s, f.status, hm.name, sa.name, "
                            + "f.managerApprovedAt, f.secondApprovedAt, f.sentAt, f.answeredAt, f.approvalsResetAt "
                            + "from Application a join fetch a.opening o join fetch a.candidate "
                            + "left join o.hiringManager hm left join o.secondApprover sa "
                            + "left join Offer f on f.application = a left join SuperDay s on s.application = a "
                            + "where a.candidate.id = ?1 order by a.createdAt desc, a.id desc, s.createdAt, s.id",
                            Object[].class)
                    .setParameter(1, candidateId).getResultList();
            Map<Long, Application> applications = new LinkedHashMap<>();
            Map<Long, SuperDay> superDays = new HashMap<>();
            Map<Long, OfferProgress> offers = new HashMap<>();
            for (Object[] row : rows) {
                Application application = (Application) row[0];
                applications.putIfAbsent(application.id, application);
                if (row[1] instanceof SuperDay day) {
                    // The live SuperDay, or the last cancelled one if none is live.
                    superDays.merge(application.id, day, (was, now) -> now.isCancelled() ? was : now);
                }
                if (row[2] != null) {
                    offers.putIfAbsent(application.id, new OfferProgress(application.id, (OfferStatus) row[2],
                            (String) row[3], (String) row[4], (Instant) row[5], (Instant) row[6], (Instant) row[7],
                            (Instant) row[8], (Instant) row[9]));
                }
            }
            return new Pipeline(List.copyOf(applications.values()), superDays, offers);
        }
    }

    /** The edits to the candidate's record and the messages sent to them, the newest of each, in one statement. */
    private record AuditTrail(List<AuditEntry> recordHistory, List<AuditEntry> messagesSent) {
        static AuditTrail of(long candidateId) {
            // Messages to the candidate are recorded in the audit log when the outbox hands them to the mail server.
            @SuppressWarnings("unchecked")
            List<AuditEntry> entries = AuditEntry.getEntityManager().createNativeQuery("(select * from audit_entry "
                            + "where candidate_id = ?1 and entity_type = 'candidate' order by occurred_at desc, id desc "
                            + "limit ?2) union all (select * from audit_entry where candidate_id = ?1 "
                            + "and entity_type = 'message' and action = 'sent' order by occurred_at desc, id desc limit ?2) "
                            + "order by occurred_at desc, id desc", AuditEntry.class)
                    .setParameter(1, candidateId).setParameter(2, TIMELINE_LIMIT).getResultList();
            return new AuditTrail(entries.stream().filter(e -> "candidate".equals(e.entityType)).toList(),
                    entries.stream().filter(e -> "message".equals(e.entityType)).toList());
        }
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
