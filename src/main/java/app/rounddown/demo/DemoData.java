package app.rounddown.demo;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.CandidateInput;
import app.rounddown.candidate.Candidates;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningInput;
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
    private static final List<String> PEOPLE = List.of("Rita Recruiter", "Paolo People-Ops", "Simon Technical");

    @ConfigProperty(name = "rounddown.demo-data")
    boolean enabled;
    @Inject
    Openings openings;
    @Inject
    Candidates candidates;
    @Inject
    DemoSuperDays superDays;

    private List<User> interviewers;

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
        Random random = new Random(42);
        user("Ada Admin", "admin@rounddown.example", "Europe/London", Role.ADMIN);
        user("Rita Recruiter", "rita@rounddown.example", "Europe/London", Role.RECRUITER);
        User hannah = user("Hannah Hiring", "hannah@rounddown.example", "Europe/Berlin", Role.HIRING_MANAGER);
        User marcus = user("Marcus Manager", "marcus@rounddown.example", "America/New_York", Role.HIRING_MANAGER);
        User simon = user("Simon Technical", "simon@rounddown.example", "Europe/London", Role.INTERVIEWER);
        User paolo = user("Paolo People-Ops", "paolo@rounddown.example", "Europe/Lisbon", Role.INTERVIEWER);
        interviewers = List.of(paolo, simon, hannah);
        List<Opening> demoOpenings = List.of(
                openings.open(new OpeningInput("Technical Account Executive (EMEA)", RoleType.TECHNICAL_ACCOUNT_EXECUTIVE,
                        hannah.id, null, null)),
                openings.open(new OpeningInput("Technical Account Manager (Americas)", RoleType.TECHNICAL_ACCOUNT_MANAGER,
                        marcus.id, null, null)),
                openings.open(new OpeningInput("Business Development Rep", RoleType.BUSINESS_DEVELOPMENT_REP,
                        hannah.id, null, null)));
        demoOpenings.get(0).secondApprover = marcus;
        demoOpenings.get(1).secondApprover = hannah;
        demoOpenings.get(2).secondApprover = marcus;
        Instant now = Instant.now();
        for (int i = 0; i < 60; i++) {
            String name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 7) % LAST.size());
            Candidate candidate = candidates.register(new CandidateInput(name,
                    name.toLowerCase().replace(' ', '.') + i + "@example.com", null, null,
                    ZONES.get(i % ZONES.size()), Source.values()[i % Source.values().length],
                    "https://www.linkedin.com/in/" + name.toLowerCase().replace(' ', '-'), null, null, null));
            Opening opening = demoOpenings.get(i % demoOpenings.size());
            walk(candidate, opening, i, random, now);
        }
        superDays.load(hannah, List.of(simon, paolo), now);
        // Nothing is mailed about demo data until someone acts: no scorecard reminder of its interviews, ever.
        Assignment.update("remindersOff = true, remindedAt = ?1 where remindedAt is null", now);
        LOG.info("Demo data loaded: 3 openings, 60 candidates, SuperDay tasks and SuperDays");
    }

    /** A passed interview: one or two cards, mostly yes, now and then a soft 3 or a strong yes. */
    private void interview(Application application, Instant at, int seed) {
        User interviewer = interviewers.get(seed % interviewers.size());
        Assignment assignment = Assignment.schedule(application, application.stage, interviewer, at.minus(Duration.ofHours(6)),
                InterviewKit.current(application.stage).durationMinutes);
        Scorecard.submitted(assignment, card(seed % 5 == 0 ? 4 : 3, seed), at.minus(Duration.ofHours(3)));
    }

    private static ScorecardInput card(int overall, int seed) {
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        ratings.put("values", new Scorecard.CriterionRating(overall >= 3 ? 3 : 2, "Direct and low-ego in how they talk "
                + "about past teams."));
        String concerns = seed % 7 == 0 ? "Talked over the interviewer twice." : null;
        return new ScorecardInput(ratings, overall, overall >= 3 ? "A definite yes: clear thinking and specific examples."
                : "Not a definite yes: answers stayed general.", concerns, seed % 2 == 0
                ? "Ask how they would prioritise three escalations at once." : null);
    }

    /** Moves a candidate along the stages with past dates, ending some with a rejection or a withdrawal. */
    private void walk(Candidate candidate, Opening opening, int i, Random random, Instant now) {
        int steps = Math.min(i % 7, 6);
        Instant at = now.minus(Duration.ofDays(3L * steps + 2 + random.nextInt(5)));
        Application application = Application.start(candidate, opening, PEOPLE.get(0), at);
        for (int s = 0; s < steps; s++) {
            at = at.plus(Duration.ofDays(1 + random.nextInt(3))).plus(Duration.ofHours(random.nextInt(8)));
            Stage next = application.stage.nextOrNull();
            if (Gate.INTERVIEW_STAGES.contains(application.stage)) {
                interview(application, at, i + s);
            }
            application.moveTo(next, new Seen(application.stage, null), PEOPLE.get(s % PEOPLE.size()), at);
        }
        if (Gate.INTERVIEW_STAGES.contains(application.stage) && application.status.isActive()) {
            // The current stage: an interview yesterday or tomorrow, with a card in for some of them.
            User interviewer = interviewers.get((i / 3) % interviewers.size());
            Assignment assignment = Assignment.schedule(application, application.stage, interviewer,
                    now.plus(Duration.ofHours(i % 3 == 0 ? 20 : -30)), InterviewKit.current(application.stage).durationMinutes);
            if (i % 3 == 1) {
                Scorecard.submitted(assignment, card(i % 4 == 1 ? 2 : 3, i), now.minus(Duration.ofHours(2)));
            }
        }
        at = at.plus(Duration.ofHours(5));
        if (!application.status.isActive()) {
            return;
        }
        if (i % 9 == 4) {
            application.reject(new Reason(RejectionReason.CULTURE_FIT, "Solid experience but we did not get a definite "
                    + "yes on working with a difficult customer."), new Seen(application.stage, null), PEOPLE.get(1), at);
        } else if (i % 11 == 5) {
            application.withdraw(new Reason(WithdrawalReason.ACCEPTED_OTHER_OFFER, "Took an offer elsewhere."),
                    new Seen(application.stage, null), PEOPLE.get(0), at);
        }
    }
}
