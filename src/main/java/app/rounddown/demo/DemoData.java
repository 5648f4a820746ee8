package app.rounddown.demo;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.Candidates;
import app.rounddown.candidate.CandidateInput;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningInput;
import app.rounddown.opening.Openings;
import app.rounddown.people.DemoPeople;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Reason;
import app.rounddown.pipeline.RejectionReason;
import app.rounddown.pipeline.Seen;
import app.rounddown.pipeline.Stage;
import app.rounddown.pipeline.WithdrawalReason;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
        user("Simon Technical", "simon@rounddown.example", "Europe/London", Role.INTERVIEWER);
        List<Opening> demoOpenings = List.of(
                openings.open(new OpeningInput("Technical Account Executive (EMEA)", RoleType.TECHNICAL_ACCOUNT_EXECUTIVE,
                        hannah.id, null, null)),
                openings.open(new OpeningInput("Technical Account Manager (Americas)", RoleType.TECHNICAL_ACCOUNT_MANAGER,
                        marcus.id, null, null)),
                openings.open(new OpeningInput("Business Development Rep", RoleType.BUSINESS_DEVELOPMENT_REP,
                        hannah.id, null, null)));
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
        LOG.info("Demo data loaded: 3 openings, 60 candidates");
    }

    /** Moves a candidate along the stages with past dates, ending some with a rejection or a withdrawal. */
    private static void walk(Candidate candidate, Opening opening, int i, Random random, Instant now) {
        int steps = Math.min(i % 7, 6);
        Instant at = now.minus(Duration.ofDays(3L * steps + 2 + random.nextInt(5)));
        Application application = Application.start(candidate, opening, PEOPLE.get(0), at);
        for (int s = 0; s < steps; s++) {
            at = at.plus(Duration.ofDays(1 + random.nextInt(3))).plus(Duration.ofHours(random.nextInt(8)));
            Stage next = application.stage.nextOrNull();
            application.moveTo(next, new Seen(application.stage, null), PEOPLE.get(s % PEOPLE.size()), at);
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
