package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.money.Money;
import app.rounddown.people.User;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        member.persist();
    }

    @Transactional
    public TeamMember addTeamMember(long applicationId, String name, LocalDate startsOn, BigDecimal annualQuota) {
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
        if (!Money.fits(annualQuota, Money.LARGEST_PAY)) {
            errors.add("memberQuota", "Give their annual quota as an amount, such as 1000000.");
        }
        if (offer.application.opening.hiringManager == null) {
            errors.add("memberName", "This opening has no hiring manager, so there is no team to add to.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        TeamMember member = new TeamMember();
        member.manager = offer.application.opening.hiringManager;
        member.name = name.strip();
        member.startsOn = startsOn;
        member.annualQuota = annualQuota;
        member.persist();
        audit.created("team-member", member.id, member.name + " added to " + member.manager.name + "'s team",
                Map.of("startsOn", startsOn, "annualQuota", annualQuota), null);
        return member;
    }
}
