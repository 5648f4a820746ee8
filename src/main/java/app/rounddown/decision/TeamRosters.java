package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.money.Money;
import app.rounddown.opening.RoleType;
import app.rounddown.people.User;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each hiring manager's team, which the team quota is computed from: hires join it, and managers add the rest. */
@ApplicationScoped
public class TeamRosters {
    @Inject
    Audit audit;

    /** An accepted offer puts the hire on their hiring manager's team, from their start date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(Offer offer) {
        User manager = offer.application.opening.hiringManager;
        if (manager == null) {
            return;
        }
        TeamMember member = new TeamMember();
        member.manager = manager;
        member.name = offer.application.candidate.name;
        member.startsOn = offer.startDate;
        member.annualQuota = offer.annualQuota;
        member.offerId = offer.id;
        member.quotaUnit = offer.quotaUnit;
        member.roleType = offer.roleType;
        member.persist();
    }

    @Transactional
    public TeamMember addTeamMember(long applicationId, String name, LocalDate startsOn, BigDecimal annualQuota,
            QuotaUnit unit, RoleType role) {
        Offer offer = Offers.find(applicationId);
        FieldErrors errors = FieldErrors.none();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add("memberName", "Give the team member's name, up to 200 characters.");
        } else if (!SingleLine.Validator.holds(name)) {
            errors.add("memberName", SingleLine.MESSAGE);
        }
        if (startsOn == null) {
            errors.add("memberStartsOn", "Give the date they started.");
        }
        if (unit != QuotaUnit.MONEY && unit != QuotaUnit.OPPORTUNITIES) {
            errors.add("memberQuotaUnit", "Say whether their quota is money sold or opportunities generated.");
        } else if (unit == QuotaUnit.OPPORTUNITIES && !PayPlan.wholeOpportunities(annualQuota)) {
            errors.add("memberQuota", "Give their annual quota as a whole number of opportunities, such as 120.");
        } else if (!Money.fits(annualQuota, Money.LARGEST_PAY)) {
            errors.add("memberQuota", "Give their annual quota as an amount, such as 1000000.");
        }
        if (offer.team() == null) {
            errors.add("memberName", "This opening has no hiring manager, so there is no team to add to.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        TeamMember member = new TeamMember();
        member.manager = offer.team();
        member.name = name.strip();
        member.startsOn = startsOn;
        member.annualQuota = annualQuota;
        member.quotaUnit = unit;
        member.roleType = role;
        member.persist();
        audit.created("team-member", member.id, member.name + " added to " + member.manager.name + "'s team",
                Map.of("startsOn", startsOn, "annualQuota", annualQuota, "quotaUnit", unit), null);
        return member;
    }

    /** A finished quarter's attainment for one member of the team, audited; recording it again corrects it. */
    @Transactional
    public QuarterlyAttainment recordAttainment(long applicationId, Long memberId, LocalDate quarterStart,
            Integer percent, String by) {
        Offer offer = Offers.find(applicationId);
        TeamMember member = memberId == null ? null : TeamMember.findById(memberId);
        User manager = offer.team();
        if (member == null || manager == null || !member.manager.id.equals(manager.id)) {
            throw InvalidInput.of("attainmentPercent", "Choose someone on this team.");
        }
        FieldErrors errors = FieldErrors.none();
        if (quarterStart == null || !quarterStart.equals(TeamQuota.quarterStartOf(quarterStart))) {
            errors.add("quarterStart", "Give the quarter by its first day: 1 January, 1 April, 1 July or 1 October.");
        } else if (!quarterStart.plusMonths(3).isAfter(member.startsOn)) {
            errors.add("quarterStart", member.name + " was not on the team yet in " + TeamQuota.name(quarterStart) + ".");
        } else if (quarterStart.plusMonths(3).isAfter(LocalDate.now())) {
            errors.add("quarterStart", TeamQuota.name(quarterStart) + " is not finished yet; record it once it is.");
        }
        if (percent == null || percent < 0 || percent > 10000) {
            errors.add("attainmentPercent", "Give the attainment as a whole percent of the quarterly target, such as 85.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        QuarterlyAttainment attainment = QuarterlyAttainment.<QuarterlyAttainment>find("member.id = ?1 and quarterStart = ?2",
                member.id, quarterStart).firstResultOptional().orElseGet(QuarterlyAttainment::new);
        Map<String, Object> before = new HashMap<>();
        before.put("attainmentPercent", attainment.id == null ? null : attainment.attainmentPercent);
        attainment.member = member;
        attainment.quarterStart = quarterStart;
        attainment.attainmentPercent = percent;
        attainment.recordedBy = by;
        attainment.persist();
        audit.changed("team-member", member.id, member.name + " reached " + percent + "% of the quarterly target in "
                + TeamQuota.name(quarterStart), before, Map.of("attainmentPercent", percent), null);
        return attainment;
    }

    /** Someone leaving gets their last day on the roster; the target waits for the manager to recalculate it. */
    @Transactional
    public TeamMember leave(long applicationId, Long memberId, LocalDate endsOn) {
        Offer offer = Offers.find(applicationId);
        TeamMember member = memberId == null ? null : TeamMember.findById(memberId);
        User manager = offer.team();
        if (member == null || manager == null || !member.manager.id.equals(manager.id)) {
            throw InvalidInput.of("memberEndsOn", "Choose someone on this hiring manager's team.");
        }
        if (endsOn == null) {
            throw InvalidInput.of("memberEndsOn", "Give the last day " + member.name + " is on the team.");
        }
        if (endsOn.isBefore(member.startsOn)) {
            throw InvalidInput.of("memberEndsOn", member.name + " started on " + member.startsOn
                    + "; the last day on the team cannot be before that.");
        }
        Map<String, Object> before = new HashMap<>();
        before.put("endsOn", member.endsOn);
        member.endsOn = endsOn;
        audit.changed("team-member", member.id, member.name + " leaves " + manager.name + "'s team on " + endsOn,
                before, Map.of("endsOn", endsOn), null);
        return member;
    }

    /** The hiring manager recalculates a quarter's target without those who leave during it, and it is audited. */
    @Transactional
    public TeamTargetRecalculation recalculate(long applicationId, LocalDate quarterStart, String by) {
        Offer offer = Offers.find(applicationId);
        User manager = offer.team();
        if (manager == null) {
            throw InvalidInput.of("form", "This opening has no hiring manager, so there is no team target to recalculate.");
        }
        if (quarterStart == null || !quarterStart.equals(TeamQuota.quarterStartOf(quarterStart))) {
            throw InvalidInput.of("form", "Choose a quarter to recalculate.");
        }
        List<TeamQuota.Member> members = TeamMember.of(manager).stream()
                .filter(m -> !offer.id.equals(m.offerId)).map(TeamMember::asMember).toList();
        TeamTargetRecalculation recalculation = new TeamTargetRecalculation();
        recalculation.manager = manager;
        recalculation.quarterStart = quarterStart;
        recalculation.previousTarget = TeamTargetRecalculation.latest(manager, quarterStart).map(r -> r.target)
                .orElse(TeamQuota.forQuarter(quarterStart, members));
        recalculation.target = TeamQuota.recalculated(quarterStart, members);
        recalculation.recalculatedBy = by;
        recalculation.persist();
        audit.created("team-target", recalculation.id, by + " recalculated " + manager.name + "'s team target for "
                + TeamQuota.name(quarterStart) + ": " + recalculation.previousTarget.toPlainString() + " to "
                + recalculation.target.toPlainString(), Map.of("quarterStart", quarterStart, "target", recalculation.target,
                "previousTarget", recalculation.previousTarget), null);
        return recalculation;
    }
}
