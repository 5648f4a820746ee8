package app.rounddown.demo;

import app.rounddown.opening.Opening;
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
import app.rounddown.superday.BlockKind;
import app.rounddown.superday.PortalLinks;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.Task;
import app.rounddown.superday.TaskLibrary;
import app.rounddown.superday.TaskVersion;
import app.rounddown.superday.TaxForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Demo SuperDays for dev mode: a task per role type, and days past (handed in and reviewed), today and upcoming. */
@ApplicationScoped
public class DemoSuperDays {
    @Inject
    PortalLinks links;

    /**
     * Rita schedules each SuperDay an hour after moving the candidate to the stage, for a day after that (the usual
     * day, with the opening's hiring manager and the team); the team reviews the days that are over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void load(User recruiter, List<User> team, List<Opening> openings, Instant now) {
        for (RoleType role : List.of(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, RoleType.TECHNICAL_ACCOUNT_MANAGER,
                RoleType.BUSINESS_DEVELOPMENT_REP)) {
            Task.create(role, new TaskVersion.Content("Win Acme Analytics: a first week plan for " + role.label(),
                    "Acme Analytics signed up last month and uses **two** of our products. Their head of data asked for a call.\n\n"
                            + "- Research the account from what is public\n- Write the plan for your first week with them\n"
                            + "- Prepare a 10-minute pitch for the demo role-play at midday\n- Draft the follow-up e-mail",
                    "A one-page plan, the pitch deck (or notes), and the follow-up e-mail.", true), recruiter.name);
        }
        List<Application> atSuperDay = Application.list("stage = ?1 and status = ?2 and opening in ?3 order by id",
                Stage.SUPERDAY, ApplicationStatus.ACTIVE, openings);
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        int[] offsets = {-6, -5, -4, -2, 0, 7, 9};
        for (int i = 0; i < Math.min(offsets.length, atSuperDay.size()); i++) {
            schedule(atSuperDay.get(i), today.plusDays(offsets[i]), recruiter, team, now);
        }
    }

    /**
     * Each team member's SuperDay card after the day, rating every criterion of the kit the card is written against;
     * a yes or better for most, so the comparison has something to compare, and never a 1 (no culture veto).
     */
    private static void review(Application application, List<User> team, Instant dayEnded) {
        InterviewKit kit = InterviewKit.currentFor(Stage.SUPERDAY, application.opening.roleType);
        int seed = application.candidate.name.length();
        for (int i = 0; i < team.size(); i++) {
            int overall = (seed + i) % 3 == 0 ? 2 : (seed + i) % 3 == 1 ? 3 : 4;
            Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
            for (int k = 0; k < kit.criteria.size(); k++) {
                InterviewKit.Criterion criterion = kit.criteria.get(k);
                int score = Math.max(2, Math.min(4, overall - ((seed + i + k) % 3 == 0 ? 1 : 0)));
                ratings.put(criterion.key(), new Scorecard.CriterionRating(score, score >= 3
                        ? "Showed it in the output and the role-play: " + criterion.name().toLowerCase() + "."
                        : "Not yet a definite yes on " + criterion.name().toLowerCase() + "."));
            }
            User reviewer = team.get(i);
            if (Scorecard.count("application = ?1 and stage = ?2 and interviewer = ?3", application,
                    Stage.SUPERDAY, reviewer) > 0) {
                continue;
            }
            Assignment assignment = Assignment.<Assignment>find("application = ?1 and stage = ?2 and interviewer = ?3",
                    application, Stage.SUPERDAY, reviewer).firstResult();
            Scorecard.submitted(assignment, new ScorecardInput(ratings, overall,
                    overall >= 3 ? "Delivered the plan and the pitch; the e-mail was short." : "Not a definite yes on the output.",
                    i == 0 ? "Spent the first hour reading before asking anything." : null, null),
                    dayEnded.plus(Duration.ofMinutes(60 + 25L * i)));
        }
    }

    private void schedule(Application application, LocalDate wanted, User recruiter, List<User> team, Instant now) {
        ZoneId zone = ZoneId.of(application.candidate.timeZone == null ? "Europe/London" : application.candidate.timeZone);
        // Scheduled an hour after the move to the SuperDay stage, for a day that starts after that.
        Instant scheduledAt = application.stageEnteredAt.plus(Duration.ofHours(1));
        LocalDate day = wanted;
        while (!day.atTime(9, 0).atZone(zone).toInstant().isAfter(scheduledAt.plus(Duration.ofHours(12)))) {
            day = day.plusDays(1);
        }
        User manager = application.opening.hiringManager;
        Agenda.Person nobody = new Agenda.Person("", zone);
        SuperDay superDay = new SuperDay();
        superDay.application = application;
        superDay.candidateZone = zone.getId();
        superDay.createdAt = scheduledAt;
        superDay.createdBy = recruiter.name;
        superDay.contact = recruiter;
        superDay.portalNonce = Secrets.randomToken();
        superDay.portalTokenHash = PortalLinks.hash(links.portalToken(superDay));
        superDay.charge(application.opening.superdayFee, application.opening.superdayCancellationFee.amount());
        superDay.taxForm = TaxForm.suggestedFor(zone.getId());
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
            if (template.kind().isMeeting()) {
                block.videoLink = "https://meet.example.com/superday-" + application.id + "-"
                        + template.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return block;
        }).toList();
        superDay.plan(blocks);
        superDay.contractChecked = true;
        superDay.channelCreated = true;
        // Demo data sends nothing until someone acts: its hiring manager is never reminded to decide on it.
        superDay.markDecisionNudged(now);
        superDay.persist();
        assignReviewers(superDay, team);
        superDay.releaseIfDue(now);
        if (superDay.endsAt.plus(Duration.ofHours(2)).isBefore(now)) {
            superDay.holdsSent = true;
            superDay.kickoffInviteSent = true;
            superDay.submit("https://docs.example.com/acme-first-week\nhttps://slides.example.com/acme-pitch",
                    "I put the pitch first and left the e-mail short: the account research showed their renewal is in March.",
                    List.of(), superDay.endsAt.minusSeconds(1800));
            review(application, team, superDay.endsAt);
        }
    }

    /** The team reviews the day, from the demo role-play on, for as long as the SuperDay kit says. */
    private static void assignReviewers(SuperDay day, List<User> team) {
        Instant rolePlay = day.blocks.stream().filter(b -> b.kind == BlockKind.DEMO_ROLE_PLAY).map(b -> b.startsAt)
                .findFirst().orElse(day.startsAt);
        int minutes = InterviewKit.currentFor(Stage.SUPERDAY, day.application.opening.roleType).durationMinutes;
        for (User reviewer : team) {
            if (Assignment.count("application = ?1 and stage = ?2 and interviewer = ?3", day.application, Stage.SUPERDAY,
                    reviewer) == 0) {
                Assignment.schedule(day.application, Stage.SUPERDAY, reviewer, rolePlay, minutes);
            }
        }
    }
}
