package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import app.rounddown.web.TextExtensions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the offer page shows: the terms, the pay they make, and the team's quota before and after the hire. */
public record OfferPage(Application application, Offer offer, FormData form, FieldErrors errors, User viewer,
                        List<TeamMember> team, TeamTargetRecalculation recalculation,
                        Map<Long, List<PerformanceLine.Quarter>> attainments, RosterInput roster) {

    /** The hiring manager's team is read once: the list and the quota on the page both use it. */
    public static OfferPage of(Application application, Offer offer, FormData form, FieldErrors errors, User viewer) {
        return of(application, offer, form, errors, viewer, RosterInput.none());
    }

    public static OfferPage of(Application application, Offer offer, FormData form, FieldErrors errors, User viewer,
                               RosterInput roster) {
        User teamManager = teamManagerOf(application, offer);
        List<TeamMember> team = teamManager == null ? List.of()
                : TeamMember.of(teamManager).stream().filter(m -> listed(m, offer)).toList();
        TeamTargetRecalculation recalculation = offer == null || teamManager == null ? null
                : TeamTargetRecalculation.latest(teamManager,
                        TeamQuota.quarterStartOf(offer.startDate)).orElse(null);
        Map<Long, List<PerformanceLine.Quarter>> attainments = teamManager == null ? Map.of()
                : QuarterlyAttainment.quartersOfTeam(teamManager);
        return new OfferPage(application, offer, form, errors, viewer, team, recalculation, attainments, roster);
    }

    /** Whose team the offer's roster is: the offer's team lead, or before there is an offer the hiring manager. */
    static User teamManagerOf(Application application, Offer offer) {
        return offer == null ? application.opening.hiringManager : offer.team();
    }

    /** The roster lists the team but for the person this offer made a member of it. */
    static boolean listed(TeamMember member, Offer offer) {
        return offer == null || !offer.id.equals(member.offerId);
    }

    /** The role chosen for a new team member: as typed, or the opening's. */
    public boolean newMemberRole(RoleType role) {
        String typed = roster.form().get("memberRoleType");
        return typed.isEmpty() ? role == application.opening.roleType : typed.equals(role.name());
    }

    /** Whether a new team member's quota counts opportunities: as typed, or as this offer's does. */
    public boolean newMemberInOpportunities() {
        String typed = roster.form().get("memberQuotaUnit");
        return typed.isEmpty() ? inOpportunities() : typed.equals(QuotaUnit.OPPORTUNITIES.name());
    }

    public PayPlan.Split split() {
        return offer == null ? null : offer.split();
    }

    public List<PayPlan.AttainmentRow> whatIf() {
        return offer == null ? List.of() : offer.whatIf();
    }

    public LocalDate quarterStart() {
        return TeamQuota.quarterStartOf(offer.startDate);
    }

    /** "Q3 2027 (from 1 July 2027)". */
    public String quarterLabel() {
        return label(quarterStart());
    }

    private static String label(LocalDate start) {
        return TeamQuota.name(start) + " (from " + day(start) + ")";
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private List<TeamQuota.Member> members() {
        return team().stream().map(TeamMember::asMember).toList();
    }

    private TeamQuota.Member hire() {
        return new TeamQuota.Member(offer.startDate, null, offer.quarterlyQuota(), offer.quotaUnit);
    }

    /** Whether this role's quota is counted in opportunities, whether or not an offer exists yet. */
    public boolean roleInOpportunities() {
        return PayPlan.quotaUnit(application.opening.roleType) == QuotaUnit.OPPORTUNITIES;
    }

    public boolean inOpportunities() {
        return offer.quotaUnit == QuotaUnit.OPPORTUNITIES;
    }

    public boolean quotaToConfirm() {
        return offer.quotaUnit == QuotaUnit.TO_CONFIRM;
    }

    /** An amount in a quota unit as people read it: "875,000.00 USD" or "12.5 opportunities". */
    public String inUnit(BigDecimal amount, QuotaUnit unit) {
        if (unit == QuotaUnit.OPPORTUNITIES) {
            BigDecimal plain = amount.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString()
                    + (plain.compareTo(BigDecimal.ONE) == 0 ? " opportunity" : " opportunities");
        }
        return TextExtensions.money(amount) + " " + offer.ote.currency();
    }

    /** The offer's own quota unit. */
    public String quota(BigDecimal amount) {
        return inUnit(amount, offer.quotaUnit == QuotaUnit.OPPORTUNITIES ? QuotaUnit.OPPORTUNITIES : QuotaUnit.MONEY);
    }

    /** The start quarter's target: set by who was on the team when it began, or as the manager recalculated it. */
    public BigDecimal teamTarget() {
        return recalculation != null ? recalculation.target : TeamQuota.forQuarter(quarterStart(), members());
    }

    /** Empty when the roster mixes units, and the target is then not added up. */
    /** The unit the team counts in; with nobody on it yet, the unit of the role being hired for. */
    public Optional<QuotaUnit> teamUnit() {
        boolean nobody = members().stream().noneMatch(member -> TeamQuota.onTeamAt(quarterStart(), member));
        return nobody && offer != null ? Optional.of(hire().unit()) : TeamQuota.unitOf(quarterStart(), members());
    }

    public String teamTargetText() {
        return teamUnit().map(unit -> inUnit(teamTarget(), unit)).orElse("");
    }

    private List<TeamQuota.Member> withHire() {
        List<TeamQuota.Member> with = new ArrayList<>(members());
        with.add(hire());
        return with;
    }

    public Optional<QuotaUnit> firstCountUnit() {
        return TeamQuota.unitOf(firstCount().quarterStart(), withHire());
    }

    public String firstCountText() {
        return firstCountUnit().map(unit -> inUnit(firstCount().counted(), unit)).orElse("");
    }

    public String firstCountTargetText() {
        return firstCountUnit().map(unit -> inUnit(firstCountTarget(), unit)).orElse("");
    }

    public TeamQuota.FirstCount firstCount() {
        return TeamQuota.firstCount(hire());
    }

    public String firstCountLabel() {
        return label(firstCount().quarterStart());
    }

    /** The target of the first quarter the hire counts in, with them. */
    public BigDecimal firstCountTarget() {
        return TeamQuota.forQuarter(firstCount().quarterStart(), withHire());
    }

    /** Why the hire counts when they do, in words. */
    public String firstCountWords() {
        TeamQuota.FirstCount first = firstCount();
        String share = first.percent() == 50
                ? "50% of their quarterly quota, because they begin that quarter still within their first three months"
                : "100% of their quarterly quota, because they begin that quarter fully ramped";
        if (first.quarterStart().equals(offer.startDate)) {
            return "This hire starts on the first day of " + TeamQuota.name(first.quarterStart()) + ", so they count in it at "
                    + share + ".";
        }
        return "This hire joins on " + day(offer.startDate) + ", during " + TeamQuota.name(quarterStart())
                + ", so that quarter's target does not change and they do not count towards it. They first count in "
                + TeamQuota.name(first.quarterStart()) + ", at " + share + ".";
    }

    /** Members on the team when the start quarter begins who leave during it: the target may be recalculated. */
    public List<TeamMember> leavers() {
        LocalDate lastDay = quarterStart().plusMonths(3).minusDays(1);
        return team().stream().filter(m -> m.endsOn != null && !m.endsOn.isAfter(lastDay)
                && TeamQuota.onTeamAt(quarterStart(), m.asMember())).toList();
    }

    /** "31 July 2027". */
    public String firstPayout() {
        return day(offer.firstPayoutDate());
    }

    /** "July 2027". */
    public String firstPayoutMonth() {
        return offer.firstPayoutDate().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    }

    public String firstCommissionDay() {
        return day(offer.firstCommissionDay());
    }

    public String firstCommissionQuarter() {
        return TeamQuota.name(TeamQuota.quarterStartOf(offer.firstCommissionDay()));
    }

    public boolean teamLead() {
        return application.opening.roleType == RoleType.SALES_TEAM_LEAD;
    }

    /** The managers whose teams a team lead's commission may follow. */
    public List<User> teamManagers() {
        return teamLead() ? User.activeWithRole(Role.HIRING_MANAGER) : List.of();
    }

    public String firstFullQuarterLabel() {
        return label(offer.firstFullQuarterAsLead());
    }

    /** The days before the first full quarter as team lead, or empty when the start date begins a quarter. */
    public String beforeFirstFullQuarter() {
        LocalDate first = offer.firstFullQuarterAsLead();
        return first.equals(offer.startDate) ? "" : day(offer.startDate) + " to " + day(first.minusDays(1));
    }

    /**
     * One member of the roster as the page lists them: their quota, how they count in the quarter's target, their
     * recorded quarters and, for a TAE past the performance line, their standing. Worked out here, once per member, so
     * that rendering a team of a hundred reads each line's own values.
     */
    public record TeamLine(TeamMember member, String quota, String counts, String attainments,
                           PerformanceLine.Standing flagged, boolean formsOpen, String formsHref) {
    }

    public List<TeamLine> teamLines() {
        LocalDate quarterStart = quarterStart();
        return team.stream().map(member -> lineOf(member, quarterStart)).toList();
    }

    private TeamLine lineOf(TeamMember member, LocalDate quarterStart) {
        String quota = switch (member.quotaUnit) {
            case OPPORTUNITIES -> inUnit(member.annualQuota, member.quotaUnit);
            case TO_CONFIRM -> TextExtensions.money(member.annualQuota) + ", quota unit to confirm,";
            default -> TextExtensions.money(member.annualQuota);
        };
        String counts = !TeamQuota.onTeamAt(quarterStart, member.asMember())
                ? "not on the team when the quarter begins: counts 0%"
                : TeamQuota.rampingAt(quarterStart, member.asMember()) ? "ramping: counts 50%" : "ramped: counts 100%";
        String quarters = attainments(member).stream().map(q -> TeamQuota.name(q.quarterStart()) + " "
                + q.attainmentPercent() + "%").collect(Collectors.joining(", "));
        PerformanceLine.Standing standing = standing(member);
        return new TeamLine(member, quota, counts, quarters, standing != null && standing.crossed() ? standing : null,
                roster.concerns(member.id), "/offers/" + application.id + "/team/" + member.id + "/forms");
    }

    private List<PerformanceLine.Quarter> attainments(TeamMember member) {
        return attainments.getOrDefault(member.id, List.of());
    }

    /** The performance line is the TAEs': other members' standing is not judged against it. */
    private PerformanceLine.Standing standing(TeamMember member) {
        return member.roleType == RoleType.TECHNICAL_ACCOUNT_EXECUTIVE
                ? PerformanceLine.standing(member.startsOn, attainments(member)) : null;
    }

    public String performanceLine() {
        return PerformanceLine.HANDBOOK;
    }

    public List<RoleType> roleTypes() {
        return List.of(RoleType.values());
    }

    public boolean mayApprove() {
        if (offer == null || offer.status != OfferStatus.DRAFT) {
            return false;
        }
        var opening = application.opening;
        boolean manager = opening.hiringManager != null && opening.hiringManager.id.equals(viewer.id)
                && offer.managerApprovedAt == null;
        boolean second = opening.secondApprover != null && opening.secondApprover.id.equals(viewer.id)
                && offer.secondApprovedAt == null;
        return manager || second;
    }

    public int defaultCommissionPercent() {
        return 100 - defaultBasePercent();
    }

    public int commissionPercent() {
        return 100 - offer.basePercent;
    }

    public int defaultBasePercent() {
        return PayPlan.defaultBasePercent(application.opening.roleType);
    }
}
