package app.rounddown.demo;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.CandidateInput;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import app.rounddown.opening.EmploymentType;
import app.rounddown.opening.OpeningInput;
import app.rounddown.opening.Remote;
import app.rounddown.opening.Openings;
import app.rounddown.opening.RoleType;
import app.rounddown.people.DemoPeople;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Reason;
import app.rounddown.pipeline.RejectionReason;
import app.rounddown.pipeline.Seen;
import app.rounddown.pipeline.Stage;
import app.rounddown.pipeline.WithdrawalReason;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.InterviewKit;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.ScorecardInput;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** A realistic pipeline for trying the app: only in dev mode, only on an empty database. */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dmitri", "Elena", "Farah", "Gabriel",
            "Hana", "Isaac", "Jonas", "Keiko", "Liam", "Maya", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa", "Samir",
            "Tessa");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Ivanova", "Costa", "Haddad",
            "Schmidt", "Tanaka", "Brennan", "Novak", "Alvarez", "Mensah");
    private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Europe/Berlin",
            "America/Los_Angeles", "Europe/Lisbon", "America/Chicago", "Europe/Warsaw", "America/Toronto");

    @ConfigProperty(name = "rounddown.demo-data")
    boolean enabled;
    @Inject
    Openings openings;
    @Inject
    DemoSuperDays superDays;

    private User recruiter;
    private User cultureInterviewer;
    private User technicalInterviewer;

    private static User user(String name, String email, String zone, Role role) {
        return User.findByEmail(email).orElseGet(() -> User.create(name, email, zone, EnumSet.of(role),
                DemoPeople.PASSWORD));
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    @ActivateRequestContext
    void load() {
        if (Opening.count() > 0) {
            return;
        }
        tell(Instant.now());
        LOG.info("Demo data loaded: 3 openings, 60 candidates, SuperDay tasks and SuperDays");
    }

    /** The whole story, told as of {@code now}; its test tells it and rolls it back. */
    @Transactional
    void tell(Instant now) {
        Random random = new Random(42);
        user("Ada Admin", "admin@rounddown.example", "Europe/London", Role.ADMIN);
        recruiter = user("Rita Recruiter", "rita@rounddown.example", "Europe/London", Role.RECRUITER);
        User hannah = user("Hannah Hiring", "hannah@rounddown.example", "Europe/Berlin", Role.HIRING_MANAGER);
        User marcus = user("Marcus Manager", "marcus@rounddown.example", "America/New_York", Role.HIRING_MANAGER);
        User simon = user("Simon Technical", "simon@rounddown.example", "Europe/London", Role.INTERVIEWER);
        User paolo = user("Paolo People-Ops", "paolo@rounddown.example", "Europe/Lisbon", Role.INTERVIEWER);
        cultureInterviewer = paolo;
        technicalInterviewer = simon;
        List<Opening> demoOpenings = List.of(
                openings.open(jobPost("Technical Account Executive (EMEA)", RoleType.TECHNICAL_ACCOUNT_EXECUTIVE,
                        hannah.id, "London or remote in Europe", Remote.HYBRID)),
                openings.open(jobPost("Technical Account Manager (Americas)", RoleType.TECHNICAL_ACCOUNT_MANAGER,
                        marcus.id, "Remote, Americas time zones", Remote.REMOTE)),
                openings.open(new OpeningInput("Business Development Rep", RoleType.BUSINESS_DEVELOPMENT_REP,
                        hannah.id, null, null)));
        demoOpenings.get(0).secondApprover = marcus;
        demoOpenings.get(1).secondApprover = hannah;
        demoOpenings.get(2).secondApprover = marcus;
        for (int i = 0; i < 60; i++) {
            String name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 7) % LAST.size());
            CandidateInput input = new CandidateInput(name, name.toLowerCase().replace(' ', '.') + i + "@example.com",
                    null, null, ZONES.get(i % ZONES.size()), Source.values()[i % Source.values().length],
                    "https://www.linkedin.com/in/" + name.toLowerCase().replace(' ', '-'), null, null, null);
            walk(input, demoOpenings.get(i % demoOpenings.size()), i, random, now);
        }
        superDays.load(recruiter, List.of(simon, paolo), demoOpenings, now);
        // Nothing is mailed about demo data until someone acts: no scorecard reminder of its interviews, ever.
        Assignment.update("remindersOff = true, remindedAt = ?1 where remindedAt is null", now);
    }

    /**
     * The candidate as Rita added them, shortly before she put them in the pipeline: the record and its audit entry
     * carry that time and her name, since the audit log only ever writes "now" and whoever is signed in.
     */
    private Candidate added(CandidateInput input, Instant at) {
        Candidate candidate = new Candidate();
        candidate.apply(input);
        candidate.createdAt = at;
        candidate.persist();
        AuditEntry entry = new AuditEntry();
        entry.actorId = recruiter.id;
        entry.actorName = recruiter.name;
        entry.occurredAt = at;
        entry.entityType = "candidate";
        entry.entityId = candidate.id;
        entry.action = "created";
        entry.summary = candidate.name + " added";
        entry.changes = Audit.between(Map.of(), candidate.snapshot());
        entry.candidateId = candidate.id;
        entry.persist();
        return candidate;
    }

    /** Who interviews at each stage: people-ops for culture, a technical colleague, then the hiring manager. */
    private User interviewerFor(Application application) {
        return switch (application.stage) {
            case CULTURE -> cultureInterviewer;
            case TECHNICAL -> technicalInterviewer;
            default -> application.opening.hiringManager;
        };
    }

    /** An interview at {@code startsAt}, its card in three hours later when {@code overall} is given. */
    private void interview(Application application, Instant startsAt, Integer overall, int seed) {
        InterviewKit kit = InterviewKit.currentFor(application.stage, application.opening.roleType);
        Assignment assignment = Assignment.schedule(application, application.stage, interviewerFor(application), startsAt,
                kit.durationMinutes);
        if (overall != null) {
            Scorecard.submitted(assignment, card(kit, overall, seed), startsAt.plus(Duration.ofHours(3)));
        }
    }

    /** A card that rates every criterion of the stage's kit, near the overall score (never a 1, so no veto). */
    private static ScorecardInput card(InterviewKit kit, int overall, int seed) {
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        for (int k = 0; k < kit.criteria.size(); k++) {
            InterviewKit.Criterion criterion = kit.criteria.get(k);
            int score = Math.max(2, Math.min(4, overall - ((seed + k) % 3 == 0 ? 1 : 0)));
            ratings.put(criterion.key(), new Scorecard.CriterionRating(score, score >= 3
                    ? "Specific examples on " + criterion.name().toLowerCase() + "."
                    : "Stayed general on " + criterion.name().toLowerCase() + "."));
        }
        String concerns = seed % 7 == 0 ? "Talked over the interviewer twice." : null;
        return new ScorecardInput(ratings, overall, overall >= 3 ? "A definite yes: clear thinking and specific examples."
                : "Not a definite yes: answers stayed general.", concerns, seed % 2 == 0
                ? "Ask how they would prioritise three escalations at once." : null);
    }

    /**
     * Adds the candidate and moves them along the stages on past dates, in order: added, applied, each stage's
     * interview and card, then the move on (by the recruiter); some end with a rejection or a withdrawal.
     */
    /** A published opening, so the careers page (/jobs) has something to show in dev mode. */
    private static OpeningInput jobPost(String title, RoleType roleType, Long hiringManagerId, String location,
                                        Remote remote) {
        String description = """
                We sell a developer product to technical buyers, and we hire people they would buy from.

                **What you will do**

                - Run discovery and demos with engineering leaders
                - Own your pipeline and forecast it honestly
                - Work with product on what customers ask for

                **How we hire**

                A culture interview, a technical interview with a short product pitch, a 30-minute chat with the \
                team, then a paid SuperDay: a day of real work on the same task every candidate gets.""";
        return new OpeningInput(title, roleType, hiringManagerId, null, null, null, null, null, null, null,
                description, location, remote, EmploymentType.FULL_TIME, true, null);
    }

    private void walk(CandidateInput input, Opening opening, int i, Random random, Instant now) {
        int steps = Math.min(i % 7, 6);
        // Each step takes at most 3 days and 7 hours, so the walk ends two days ago or earlier.
        Instant at = now.minus(Duration.ofDays(4L * steps + 2 + random.nextInt(5)));
        Candidate candidate = added(input, at.minus(Duration.ofMinutes(10 + random.nextInt(120))));
        Application application = Application.start(candidate, opening, recruiter.name, at);
        for (int s = 0; s < steps; s++) {
            Instant next = at.plus(Duration.ofDays(1 + random.nextInt(3))).plus(Duration.ofHours(random.nextInt(8)));
            if (Gate.INTERVIEW_STAGES.contains(application.stage)) {
                interview(application, next.minus(Duration.ofHours(6)), (i + s) % 5 == 0 ? 4 : 3, i + s);
            }
            at = next;
            application.moveTo(application.stage.nextOrNull(), new Seen(application.stage, null), recruiter.name, at);
        }
        boolean active = application.status.isActive();
        boolean rejected = active && i % 9 == 4;
        boolean withdrawn = active && !rejected && i % 11 == 5;
        // The current stage: an interview yesterday or tomorrow, with a card in for some. SuperDays come from
        // DemoSuperDays, with their own reviewers.
        if (active && Gate.INTERVIEW_STAGES.contains(application.stage) && application.stage != Stage.SUPERDAY) {
            boolean past = rejected || withdrawn || i % 3 != 0;
            Integer overall = rejected ? Integer.valueOf(2) : i % 3 == 1 ? Integer.valueOf(i % 4 == 1 ? 2 : 3) : null;
            interview(application, now.plus(Duration.ofHours(past ? -30 : 20)), overall, i);
        }
        if (rejected) {
            application.reject(new Reason(RejectionReason.CULTURE_FIT, "Solid experience but we did not get a definite "
                    + "yes on working with a difficult customer."), new Seen(application.stage, null), recruiter.name,
                    now.minus(Duration.ofHours(1)));
        } else if (withdrawn) {
            application.withdraw(new Reason(WithdrawalReason.ACCEPTED_OTHER_OFFER, "Took an offer elsewhere."),
                    new Seen(application.stage, null), recruiter.name, now.minus(Duration.ofHours(1)));
        }
    }
}
