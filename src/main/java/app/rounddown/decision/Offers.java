package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.money.Currencies;
import app.rounddown.money.Money;
import app.rounddown.opening.RoleType;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationInputs;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Applications;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Offers from draft to answer: terms checked against the pay plan, two approvals, then the candidate's answer. */
@ApplicationScoped
public class Offers {
    /** What the amount columns hold: 14 digits, 2 after the point. */

    @Inject
    CurrentUser current;
    @Inject
    TeamRosters rosters;
    @Inject
    Event<OfferAwaitingApproval> awaitingApproval;
    @Inject
    Event<OfferApproved> approved;
    @Inject
    Audit audit;
    @Inject
    Applications pipeline;

    @Transactional
    public Saved save(long applicationId, Integer seenVersion, Offer.Terms terms) {
        Application application = Found.or404(Application.<Application>findById(applicationId), "application", applicationId);
        Offer offer = Offer.of(applicationId).orElse(null);
        FieldErrors errors = check(terms, application);
        if (application.stage != Stage.OFFER || application.status != ApplicationStatus.ACTIVE) {
            errors.add("form", "Offers are drafted for candidates at the Offer stage.");
        }
        if (offer != null) {
            Versions.requireUnchanged(seenVersion, offer.version);
            if (!offer.isEditable()) {
                errors.add("form", "This offer is " + offer.status.label().toLowerCase() + "; its terms can no longer change.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean created = offer == null;
        Map<String, Object> before = created ? Map.of() : offer.snapshot();
        List<String> approvers = created ? List.of() : offer.approvers();
        if (created) {
            offer = new Offer();
            offer.application = application;
            offer.roleType = application.opening.roleType;
            offer.createdBy = current.name();
        }
        List<String> changed = offer.revise(terms, current.name(), Instant.now());
        if (created) {
            offer.persist();
        }
        if (changed.isEmpty()) {
            return new Saved(offer, changed, List.of());
        }
        audit.changed("offer", applicationId, "Offer terms for " + application.candidate.name
                + (offer.basePercent != offer.defaultBasePercent() ? " (pay mix changed: " + offer.basePercentReason + ")" : ""),
                before, offer.snapshot(), application.candidate.id);
        if (!approvers.isEmpty()) {
            audit.record("offer", applicationId, "approvals reset", "Approvals of the offer for "
                    + application.candidate.name + " start again: " + current.name() + " changed the "
                    + offer.approvalsResetTerms + "; " + offer.approvalsResetCleared + " had approved",
                    Audit.between(Map.of("approvedBy", String.join(" and ", approvers), "status", before.get("status")),
                            Map.of("approvedBy", "", "status", offer.status)), application.candidate.id);
        }
        return new Saved(offer, changed, approvers);
    }

    /** What saving the terms did: which terms changed (none when they were as before), whose approvals it cleared. */
    public record Saved(Offer offer, List<String> changed, List<String> approvalsCleared) {
        public String message() {
            if (changed.isEmpty()) {
                return "Nothing changed: these are the terms already saved, and the approvals stand.";
            }
            if (approvalsCleared.isEmpty()) {
                return "Offer terms saved.";
            }
            return "Offer terms saved. The " + String.join(", ", changed) + " changed, so the approvals of "
                    + String.join(" and ", approvalsCleared) + " start again from these terms.";
        }
    }

    private static FieldErrors check(Offer.Terms terms, Application application) {
        FieldErrors errors = FieldErrors.none();
        if (!Money.fits(terms.ote(), Money.LARGEST_PAY) || terms.ote().signum() == 0) {
            errors.add("ote", "Give the on-target earnings as a yearly amount, such as 120000.");
        }
        if (!Currencies.known(terms.currency())) {
            errors.add("currency", Currencies.MESSAGE);
        }
        int standard = PayPlan.defaultBasePercent(application.opening.roleType);
        if (terms.basePercent() == null || terms.basePercent() < 0 || terms.basePercent() > 100) {
            errors.add("basePercent", "Give the base share as a whole percent from 0 to 100.");
        } else if (terms.basePercent() != standard && (terms.basePercentReason() == null || terms.basePercentReason().isBlank())) {
            errors.add("basePercentReason", "The pay plan for " + application.opening.roleType.label() + " is " + standard
                    + "% base; say why this offer differs.");
        }
        if (terms.basePercentReason() != null && terms.basePercentReason().length() > 2000) {
            errors.add("basePercentReason", "Keep the reason to 2,000 characters or fewer.");
        }
        if (PayPlan.quotaUnit(application.opening.roleType) == QuotaUnit.OPPORTUNITIES) {
            if (!PayPlan.wholeOpportunities(terms.annualQuota())) {
                errors.add("annualQuota", "A BDR's quota is the number of sales qualified opportunities they generate "
                        + "in a year: give a whole number up to " + PayPlan.MOST_OPPORTUNITIES + ", such as 120.");
            }
        } else if (!Money.fits(terms.annualQuota(), Money.LARGEST_PAY)) {
            errors.add("annualQuota", "Give the annual quota as an amount, such as 1000000.");
        }
        if (application.opening.roleType == RoleType.SALES_TEAM_LEAD) {
            User lead = terms.teamManagerId() == null ? null : User.findById(terms.teamManagerId());
            if (lead == null || !lead.active || !lead.has(Role.HIRING_MANAGER)) {
                errors.add("teamManagerId", "Choose the team whose quota attainment this team lead's commission follows.");
            }
        }
        if (terms.startDate() == null) {
            errors.add("startDate", "Give the start date.");
        }
        return errors;
    }

    /** The hiring manager and the opening's second approver each approve; with both, the offer is approved. */
    @Transactional
    public Offer approve(long applicationId, Integer seenVersion) {
        Offer offer = find(applicationId);
        Versions.requireUnchanged(seenVersion, offer.version);
        User me = current.require();
        var opening = offer.application.opening;
        if (offer.status != OfferStatus.DRAFT) {
            throw InvalidInput.of("form", "Only a draft offer is approved.");
        }
        if (opening.secondApprover == null) {
            throw InvalidInput.of("form", "Set a second approver on the opening first; offers need two approvals.");
        }
        if (opening.hiringManager != null && opening.hiringManager.id.equals(me.id)) {
            offer.managerApprovedBy = me.name;
            offer.managerApprovedAt = Instant.now();
        } else if (opening.secondApprover.id.equals(me.id)) {
            offer.secondApprovedBy = me.name;
            offer.secondApprovedAt = Instant.now();
        } else {
            throw InvalidInput.of("form", "Only the hiring manager (" + opening.hiringManagerName() + ") and the second "
                    + "approver (" + opening.secondApprover.name + ") approve this offer.");
        }
        if (offer.managerApprovedAt != null && offer.secondApprovedAt != null) {
            offer.status = OfferStatus.APPROVED;
            approved.fire(new OfferApproved(applicationId));
        } else if (offer.managerApprovedAt == null && opening.hiringManager != null) {
            awaitingApproval.fire(new OfferAwaitingApproval(applicationId, opening.hiringManager.id));
        } else if (offer.secondApprovedAt == null) {
            awaitingApproval.fire(new OfferAwaitingApproval(applicationId, opening.secondApprover.id));
        }
        audit.record("offer", applicationId, "approved", me.name + " approved the offer for "
                + offer.application.candidate.name, Map.of(), offer.application.candidate.id);
        return offer;
    }

    @Transactional
    public Offer answer(long applicationId, Integer seenVersion, OfferStatus to) {
        Offer offer = find(applicationId);
        Versions.requireUnchanged(seenVersion, offer.version);
        boolean allowed = to == OfferStatus.SENT ? offer.status == OfferStatus.APPROVED
                : (to == OfferStatus.ACCEPTED || to == OfferStatus.DECLINED) && offer.status == OfferStatus.SENT;
        if (!allowed) {
            throw InvalidInput.of("form", "An offer that is " + offer.status.label().toLowerCase() + " cannot become "
                    + to.label().toLowerCase() + ".");
        }
        Map<String, Object> before = offer.snapshot();
        offer.status = to;
        if (to == OfferStatus.SENT) {
            offer.sentAt = Instant.now();
        } else {
            offer.answeredAt = Instant.now();
        }
        if (to == OfferStatus.ACCEPTED) {
            pipeline.move(applicationId, new ApplicationInputs.Move(Stage.OFFER, ApplicationStatus.ACTIVE, Stage.HIRED));
            rosters.join(offer);
        }
        audit.changed("offer", applicationId, "Offer " + to.label().toLowerCase(), before, offer.snapshot(),
                offer.application.candidate.id);
        return offer;
    }

    public static Offer find(long applicationId) {
        return Offer.of(applicationId).orElseThrow(() -> new jakarta.ws.rs.NotFoundException(
                "There is no offer for this candidate yet."));
    }
}
