package app.rounddown.access;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call one route. Either anyone (public), or users holding one of the roles, or, where the route
 * names an opening or an application, also the hiring manager of that opening.
 */
public record Rule(boolean isPublic, Set<Role> roles, Managed managedBy) {

    /** Which path parameter names the record whose hiring manager may also act. */
    public enum Managed {
        NOBODY, OPENING, APPLICATION, INTERVIEWED, SUPERDAY_REVIEWED, OFFER_APPROVERS, CANDIDATE_INTERVIEWED
    }

    static Rule everyone() {
        return new Rule(true, EnumSet.noneOf(Role.class), Managed.NOBODY);
    }

    static Rule signedIn() {
        return new Rule(false, EnumSet.allOf(Role.class), Managed.NOBODY);
    }

    static Rule roles(Role first, Role... more) {
        return new Rule(false, EnumSet.of(first, more), Managed.NOBODY);
    }

    static Rule rolesOrManagerOf(Managed managed, Role first, Role... more) {
        return new Rule(false, EnumSet.of(first, more), managed);
    }

    /** Whoever is assigned to interview the application named by the path, whatever their roles. */
    static Rule interviewersOf() {
        return new Rule(false, EnumSet.noneOf(Role.class), Managed.INTERVIEWED);
    }

    /** The people assigned to review the SuperDay named by the path, besides the roles. */
    static Rule rolesOrReviewersOf(Role first, Role... more) {
        return new Rule(false, EnumSet.of(first, more), Managed.SUPERDAY_REVIEWED);
    }

    /** Pay is for admins and for the two people who approve the application's offer, nobody else. */
    static Rule adminsOrOfferApprovers() {
        return new Rule(false, EnumSet.of(Role.ADMIN), Managed.OFFER_APPROVERS);
    }

    static Rule rolesOrInterviewersOf(Role first, Role... more) {
        return new Rule(false, EnumSet.of(first, more), Managed.INTERVIEWED);
    }

    /** Besides the roles, whoever is assigned to interview the candidate named by the path (any of their applications). */
    static Rule rolesOrInterviewersOfCandidate(Role first, Role... more) {
        return new Rule(false, EnumSet.of(first, more), Managed.CANDIDATE_INTERVIEWED);
    }

    /** Whether the roles alone let this user in; the hiring-manager case needs the record, see {@link Access}. */
    public boolean admitsByRole(User user) {
        return isPublic || user.hasAny(roles);
    }

    public String describe() {
        if (isPublic) {
            return "anyone";
        }
        String who = String.join(", ", roles.stream().map(Role::label).toList());
        return switch (managedBy) {
            case NOBODY -> who;
            case INTERVIEWED, CANDIDATE_INTERVIEWED -> (who.isEmpty() ? "" : who + ", or ") + "the people assigned to interview this candidate";
            case SUPERDAY_REVIEWED -> who + ", or the people assigned to review this SuperDay";
            case OFFER_APPROVERS -> who + ", or the opening's hiring manager and second approver";
            default -> who + ", or the hiring manager of that " + managedBy.name().toLowerCase();
        };
    }
}
