package app.rounddown.pipeline;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import jakarta.enterprise.context.ApplicationScoped;

/** The opening's hiring manager and its second approver decide on an offer to one of its applicants. */
@ApplicationScoped
public class OfferApproval implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.OFFER_APPROVERS;
    }

    @Override
    public boolean owns(User user, long applicationId) {
        return user.has(Role.HIRING_MANAGER) && Exists.in(Application.class, "id = ?1 and (opening.hiringManager.id = ?2 "
                + "or opening.secondApprover.id = ?2)", applicationId, user.id);
    }
}
