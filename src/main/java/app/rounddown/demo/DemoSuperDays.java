package app.rounddown.demo;

import app.rounddown.opening.RoleType;
import app.rounddown.people.Secrets;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewKit;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.ScorecardInput;
import app.rounddown.superday.Agenda;
import app.rounddown.superday.Block;
import app.rounddown.superday.PortalLinks;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.Task;
import app.rounddown.superday.TaskLibrary;
import app.rounddown.superday.TaskVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Demo SuperDays for dev mode: a task per role type, and a past, a current and an upcoming day. */
@ApplicationScoped
public class DemoSuperDays {
    @Inject
    PortalLinks links;

    @Transactional(Transactional.TxType.MANDATORY)
    public void load(User hiringManager, List<User> team, Instant now) {
        for (RoleType role : List.of(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, RoleType.TECHNICAL_ACCOUNT_MANAGER,
                RoleType.BUSINESS_DEVELOPMENT_REP)) {
            Task.create(role, new TaskVersion.Content("Win Acme Analytics: a first week plan for " + role.label(),
                    "Acme Analytics signed up last month and uses **two** of our products. Their head of data asked for a call.\n\n"
                            + "- Research the account from what is public\n- Write the plan for your first week with them\n"
                            + "- Prepare a 10-minute pitch for the demo role-play at midday\n- Draft the follow-up e-mail",
                    "A one-page plan, the pitch deck (or notes), and the follow-up e-mail.", true), "Demo data");
        }
        List<Application> atSuperDay = Application.list("stage = ?1 and status = ?2 order by id", Stage.SUPERDAY,
                ApplicationStatus.ACTIVE);
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        int[] offsets = {-6, -5, -4, -2, 0, 7, 9};
        for (int i = 0; i < Math.min(offsets.length, atSuperDay.size()); i++) {
            schedule(atSuperDay.get(i), today.plusDays(offsets[i]), hiringManager, team, now);
        }
    }

    /** Each team member's SuperDay card, a yes or better for most, so the comparison has something to compare. */
    private static void review(Application application, List<User> team, Instant after) {
        int seed = application.candidate.name.length();
        for (int i = 0; i < team.size(); i++) {
            int overall = (seed + i) % 3 == 0 ? 2 : (seed + i) % 3 == 1 ? 3 : 4;
            java.util.Map<String, Scorecard.CriterionRating> ratings = new java.util.LinkedHashMap<>();
            ratings.put("output", new Scorecard.CriterionRating(overall,
                    overall >= 3 ? "A plan a customer could act on." : "The plan stayed generic."));
            ratings.put("prioritisation", new Scorecard.CriterionRating(Math.max(2, overall - 1),
                    "Said what they left out and why."));
            ratings.put("demo", new Scorecard.CriterionRating(3, "Calm with a sceptical customer."));
            User reviewer = team.get(i);
            if (Scorecard.count("application = ?1 and stage = ?2 and interviewer = ?3", application,
                    Stage.SUPERDAY, reviewer) > 0) {
                continue;
            }
            Assignment assignment = Assignment.<Assignment>
                    find("application = ?1 and stage = ?2 and interviewer = ?3", application, Stage.SUPERDAY, reviewer)
                    .firstResultOptional().orElseGet(() -> Assignment.schedule(application,
                            Stage.SUPERDAY, reviewer, after.minusSeconds(3600 * 2L),
                            InterviewKit.current(Stage.SUPERDAY).durationMinutes));
            Scorecard.submitted(assignment, new ScorecardInput(ratings, overall,
                    overall >= 3 ? "Delivered the plan and the pitch; the e-mail was short." : "Not a definite yes on the output.",
                    i == 0 ? "Spent the first hour reading before asking anything." : null, null), after.plusSeconds(3600));
        }
    }

    private void schedule(Application application, LocalDate day, User manager, List<User> team, Instant now) {
        ZoneId zone = ZoneId.of(application.candidate.timeZone == null ? "Europe/London" : application.candidate.timeZone);
        Agenda.Person nobody = new Agenda.Person("", zone);
        SuperDay superDay = new SuperDay();
        superDay.application = application;
        superDay.candidateZone = zone.getId();
        superDay.createdBy = "Demo data";
        superDay.portalNonce = Secrets.randomToken();
        superDay.portalTokenHash = PortalLinks.hash(links.portalToken(superDay));
        superDay.charge(application.opening.superdayFee, application.opening.superdayCancellationFee.amount());
        superDay.prepareNotes = "Bring a laptop and block the whole day. The task appears here at kick-off.";
        superDay.taskVersion = TaskLibrary.latestFor(application.opening.roleType).stream().findFirst().orElse(null);
        List<Block> blocks = Agenda.template(day, zone, nobody, List.of(), List.of()).stream().map(template -> {
            Block block = new Block();
            block.kind = template.kind();
            block.startsAt = template.start();
            block.minutes = (int) template.length().toMinutes();
            block.participants.addAll(switch (template.kind()) {
                case KICK_OFF, HIRING_MANAGER -> List.of(manager);
                case DEMO_ROLE_PLAY, TEAM_CHATS -> team;
                case FOCUS -> List.of();
            });
            return block;
        }).toList();
        superDay.plan(blocks);
        superDay.contractChecked = true;
        superDay.channelCreated = true;
        // Demo data sends nothing until someone acts: its hiring manager is never reminded to decide on it.
        superDay.markDecisionNudged(now);
        superDay.persist();
        superDay.releaseIfDue(now);
        if (superDay.endsAt.isBefore(now)) {
            superDay.holdsSent = true;
            superDay.kickoffInviteSent = true;
            superDay.submit("https://docs.example.com/acme-first-week\nhttps://slides.example.com/acme-pitch",
                    "I put the pitch first and left the e-mail short: the account research showed their renewal is in March.",
                    List.of(), superDay.endsAt.minusSeconds(1800));
            review(application, team, superDay.endsAt);
        }
    }
}
