package app.rounddown.pipeline;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import jakarta.enterprise.context.ApplicationScoped;

/** A hiring manager manages the applications to the openings they lead. */
@ApplicationScoped
public class ApplicationOwnership implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.APPLICATION;
    }

    @Override
    public boolean owns(User user, long applicationId) {
        return user.has(Role.HIRING_MANAGER)
                && Exists.in(Application.class, "id = ?1 and opening.hiringManager.id = ?2", applicationId, user.id);
    }
}
