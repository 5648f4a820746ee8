package app.rounddown.opening;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import jakarta.enterprise.context.ApplicationScoped;

/** A hiring manager manages the openings they lead. */
@ApplicationScoped
public class OpeningOwnership implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.OPENING;
    }

    @Override
    public boolean owns(User user, long openingId) {
        return user.has(Role.HIRING_MANAGER) && Exists.in(Opening.class, "id = ?1 and hiringManager.id = ?2", openingId, user.id);
    }
}
