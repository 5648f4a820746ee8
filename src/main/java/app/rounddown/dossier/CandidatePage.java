package app.rounddown.dossier;

import app.rounddown.audit.AuditEntry;
import app.rounddown.candidate.Candidate;
import app.rounddown.decision.OfferProgress;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationEvent;
import app.rounddown.pipeline.EventKind;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.InterviewerChoices;
import app.rounddown.scorecard.Interviews;
import app.rounddown.scorecard.StageResults;
import app.rounddown.superday.SuperDay;
import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.jpa.HibernateHints;

/**
 * A candidate's applications, their history, edits to the profile and their interviews, and the openings they could
 * still join with the people an interview could go to (read only when a form listing them is shown open): a fixed
 * number of statements, whatever the number of applications.
 */
public record CandidatePage(List<Application> applications, List<TimelineEntry> entries,
                            List<RecordEdit> recordHistory, StageResults interviews, Supplier<FormChoices> formChoices,
                            Map<Long, SuperDay> superDays, Map<Long, OfferProgress> offers, CandidatePapers papers,
                            Set<Interviews.Seen> seenBefore) {
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
        History history = History.of(candidateId, viewerId, pipeline.applications());
        return new CandidatePage(pipeline.applications(), history.timeline(), history.recordEdits(),
                StageResults.forShowing(candidateId), once(() -> FormChoices.of(candidateId, interviewDay, zone)),
                pipeline.superDays(), pipeline.offers(), CandidatePapers.of(candidateId, viewerId), history.seen());
    }

    /**
     * The stages whose other people's cards this page shows the viewer for the first time: what the view must record
     * (nothing, and no write, when they were all shown before).
     */
    public List<Interviews.Seen> shownFirstTime(User viewer) {
        return applications.stream().flatMap(application -> interviews.stagesOf(application.id).stream()
                        .filter(stage -> stage.othersVisibleTo(viewer)
                                && stage.current().stream().anyMatch(card -> !card.interviewer.id.equals(viewer.id)))
                        .map(stage -> new Interviews.Seen(application.id, stage.stage)))
                .filter(seen -> !seenBefore.contains(seen)).toList();
    }

    /** The openings the candidate could join: read only when a form that lists them is shown open. */
    public List<Joinable> openToJoin() {
        return formChoices.get().openToJoin();
    }

    /** The people an interview could go to: read only when an assign form is shown open. */
    public InterviewerChoices interviewerChoices() {
        return formChoices.get().interviewers();
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /** Whether the candidate is in no pipeline now (no application, or none still active). */
    public boolean inNoPipeline() {
        return applications.stream().noneMatch(application -> application.status.isActive());
    }

    /** An open opening the candidate could be added to. */
    public record Joinable(long id, String title) {
    }

    /** The open openings candidate ?1 has not applied to, the first ?2 by title. */
    private static final String OPEN_TO_JOIN = "select 'opening' as part, o.id, o.title as name, null as kind "
            + "from opening o where o.status = 'OPEN' and not exists (select 1 from application a "
            + "where a.opening_id = o.id and a.candidate_id = ?1) order by lower(o.title), o.id limit ?2";

    /** The openings the candidate could join, alone: for the add-to-opening form when it is unfolded in place. */
    public static List<Joinable> openToJoin(long candidateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Application.getEntityManager().createNativeQuery(OPEN_TO_JOIN)
                .setParameter(1, candidateId).setParameter(2, OPENINGS_LIMIT).getResultList();
        return rows.stream().map(row -> new Joinable(((Number) row[1]).longValue(), (String) row[2])).toList();
    }

    /**
     * What the page's two forms offer: the open openings the candidate has not applied to, and the people an interview
     * can be given to, in one statement.
     */
    record FormChoices(List<Joinable> openToJoin, InterviewerChoices interviewers) {
        static FormChoices of(long candidateId, LocalDate interviewDay, ZoneId zone) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Application.getEntityManager().createNativeQuery("select * from ((" + OPEN_TO_JOIN
                            + ") union all (select 'person', p.id, p.name, p.kind "
                            + "from (" + InterviewerChoices.PEOPLE + ") p)) c order by part, kind, lower(name), id")
                    .setParameter(1, candidateId).setParameter(2, OPENINGS_LIMIT).getResultList();
            List<Joinable> openings = new ArrayList<>();
            List<InterviewerChoices.Person> people = new ArrayList<>();
            for (Object[] row : rows) {
                if ("opening".equals(row[0])) {
                    openings.add(new Joinable(((Number) row[1]).longValue(), (String) row[2]));
                } else {
                    people.add(InterviewerChoices.Person.of(row[1], row[2], row[3]));
                }
            }
            return new FormChoices(openings, InterviewerChoices.of(people, interviewDay, zone));
        }
    }

    /**
     * The candidate's applications with their openings, SuperDays and offers (where each stands, without its pay), in
     * one statement; the candidate comes with them.
     */
    private record Pipeline(List<Application> applications, Map<Long, SuperDay> superDays,
                            Map<Long, OfferProgress> offers) {
        static Pipeline of(long candidateId) {
            List<Object[]> rows = Application.getEntityManager().createQuery("select a, s, " + OfferProgress.COLUMNS + " "
                            + "from Application a join fetch a.opening o join fetch a.candidate "
                            + "left join o.hiringManager hm left join o.secondApprover sa "
                            + "left join Offer f on f.application = a left join SuperDay s on s.application = a "
                            + "where a.candidate.id = ?1 order by a.createdAt desc, a.id desc, s.createdAt, s.id",
                            Object[].class)
                    // Only shown: no copy kept for the dirty check when the page records that cards were seen.
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
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
                OfferProgress offer = OfferProgress.read(row, 2);
                if (offer != null) {
                    offers.putIfAbsent(application.id, offer);
                }
            }
            return new Pipeline(List.copyOf(applications.values()), superDays, offers);
        }
    }

    /** One line of the timeline: a change to an application, or a message sent to the candidate. */
    public record TimelineEntry(Instant occurredAt, String what, String actor, String reasonLabel, String reason) {
    }

    /** One edit to the candidate's record, with each changed field before and after. */
    public record RecordEdit(Instant occurredAt, String summary, String actorName,
                             Map<String, AuditEntry.Change> changes) {
    }

    /**
     * The applications' events, the edits to the candidate's record and the messages sent to them (the newest
     * {@link #TIMELINE_LIMIT} of each), and the stages whose cards the viewer was shown before, in one statement.
     */
    private record History(List<TimelineEntry> timeline, List<RecordEdit> recordEdits, Set<Interviews.Seen> seen) {
        static History of(long candidateId, Long viewerId, List<Application> applications) {
            // Messages to the candidate are recorded in the audit log when the outbox hands them to the mail server.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Application.getEntityManager().createNativeQuery("(select 'event' as part, "
                            + "e.occurred_at as at, e.id, e.application_id, e.kind, e.from_stage, e.to_stage, e.actor, "
                            + "e.reason_category, e.reason, null as changes from application_event e join application a "
                            + "on a.id = e.application_id where a.candidate_id = ?1 "
                            + "order by e.occurred_at desc, e.id desc limit ?2) "
                            + "union all (select entity_type, occurred_at, id, null, null, null, null, actor_name, null, "
                            + "summary, changes::text from audit_entry where candidate_id = ?1 "
                            + "and entity_type = 'candidate' order by occurred_at desc, id desc limit ?2) "
                            + "union all (select entity_type, occurred_at, id, null, null, null, null, actor_name, null, "
                            + "summary, null from audit_entry where candidate_id = ?1 and entity_type = 'message' "
                            + "and action = 'sent' order by occurred_at desc, id desc limit ?2) "
                            + "union all (select 'seen', null, null, v.application_id, v.stage, null, null, null, null, "
                            + "null, null from scorecard_view v join application a on a.id = v.application_id "
                            + "where a.candidate_id = ?1 and v.viewer_id = ?3) order by at desc, id desc")
                    // No viewer: no one's id is 0, and the statement stays the same one.
                    .setParameter(1, candidateId).setParameter(2, TIMELINE_LIMIT)
                    .setParameter(3, viewerId == null ? 0L : viewerId).getResultList();
            Map<Long, String> openings = new HashMap<>();
            applications.forEach(a -> openings.put(a.id, a.opening.title));
            List<TimelineEntry> timeline = new ArrayList<>();
            List<RecordEdit> recordEdits = new ArrayList<>();
            Set<Interviews.Seen> seen = new HashSet<>();
            for (Object[] row : rows) {
                Instant at = SqlValues.instant(row[1]);
                switch ((String) row[0]) {
                    case "event" -> {
                        EventKind kind = EventKind.valueOf((String) row[4]);
                        timeline.add(new TimelineEntry(at, openings.getOrDefault(((Number) row[3]).longValue(), "")
                                + ": " + ApplicationEvent.describe(kind, stage(row[5]), stage(row[6])), (String) row[7],
                                ApplicationEvent.reasonLabel(kind, (String) row[8]), (String) row[9]));
                    }
                    case "message" -> timeline.add(new TimelineEntry(at, (String) row[9], (String) row[7], null, null));
                    case "seen" -> seen.add(new Interviews.Seen(((Number) row[3]).longValue(), stage(row[4])));
                    default -> recordEdits.add(new RecordEdit(at, (String) row[9], (String) row[7],
                            AuditEntry.changesFrom((String) row[10])));
                }
            }
            // Newest first already; the applications' events and the messages share the timeline's one limit.
            return new History(timeline.size() > TIMELINE_LIMIT ? timeline.subList(0, TIMELINE_LIMIT) : timeline,
                    recordEdits, seen);
        }

        private static Stage stage(Object column) {
            return column == null ? null : Stage.valueOf((String) column);
        }
    }

    /** The application's SuperDay: the live one, or the last cancelled one if none is live. */
    public SuperDay superDayOf(Application application) {
        return superDays.get(application.id);
    }

    /** The application's offer, where it stands (never its pay); null when none is drafted. */
    public OfferProgress offerOf(Application application) {
        return offers.get(application.id);
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
