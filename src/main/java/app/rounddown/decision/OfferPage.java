package app.rounddown.decision;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the offer page shows: the terms, the pay they make, and the team's quota before and after the hire. */
public record OfferPage(Application application, Offer offer, FormData form, FieldErrors errors, User viewer,
                        List<TeamMember> team) {

    /** The hiring manager's team is read once: the list and the quota on the page both use it. */
    public static OfferPage of(Application application, Offer offer, FormData form, FieldErrors errors, User viewer) {
        List<TeamMember> team = application.opening.hiringManager == null ? List.of()
                : TeamMember.of(application.opening.hiringManager).stream()
                        .filter(m -> offer == null || !offer.id.equals(m.offerId)).toList();
        return new OfferPage(application, offer, form, errors, viewer, team);
    }

    public PayPlan.Split split() {
        return offer == null ? null : offer.split();
    }

    public List<PayPlan.WhatIfRow> whatIf() {
        return offer == null ? List.of() : offer.whatIf();
    }

    public LocalDate quarterStart() {
        return TeamQuota.quarterStartOf(offer.startDate);
    }

    /** "Q3 2027 (from 1 July 2027)". */
    public String quarterLabel() {
        LocalDate start = quarterStart();
        return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear() + " (from "
                + start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ")";
    }

    public TeamQuota.HireImpact teamQuota() {
        List<TeamQuota.Member> members = team().stream().map(TeamMember::asMember).toList();
        return TeamQuota.withHire(quarterStart(), members, new TeamQuota.Member(offer.startDate, offer.quarterlyQuota()));
    }

    public boolean rampingAtQuarterStart(TeamMember member) {
        return TeamQuota.rampingAt(quarterStart(), member.asMember());
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
