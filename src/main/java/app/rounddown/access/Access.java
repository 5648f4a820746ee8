package app.rounddown.access;

import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Map;

/** Applies the access table to the signed-in user, for the filter and for pages that hide what is not allowed. */
@RequestScoped
@Named("access")
public class Access {
    @Inject
    CurrentUser current;
    @Inject
    @Any
    Instance<Ownership> owners;

    public boolean allows(Rule rule, Map<String, String> pathParameters) {
        if (rule.isPublic()) {
            return true;
        }
        User user = current.user().orElse(null);
        if (user == null) {
            return false;
        }
        if (rule.admitsByRole(user)) {
            return true;
        }
        if (rule.managedBy() == Rule.Managed.NOBODY) {
            return false;
        }
        Long id = idFrom(pathParameters, switch (rule.managedBy()) {
            case OPENING -> "openingId";
            case INTERVIEWED -> "applicationId";
            default -> "id";
        });
        if (id == null) {
            return false;
        }
        Rule.Managed kind = rule.managedBy();
        return owners.stream().filter(owner -> owner.kind() == kind).anyMatch(owner -> owner.owns(user, id));
    }

    /** May the signed-in user move, reject and reopen applications of this opening? */
    public boolean mayChange(Managed opening) {
        return current.user().map(user -> user.hasAny(EnumSet.of(Role.ADMIN, Role.RECRUITER))
                || user.id.equals(opening.hiringManagerId())).orElse(false);
    }

    /** May the signed-in user let a refused move forward through: the opening's hiring manager, or an admin. */
    public boolean mayOverride(Managed application) {
        return current.user().map(user -> user.has(Role.ADMIN) || user.id.equals(application.hiringManagerId()))
                .orElse(false);
    }

    /** May the signed-in user see pay: an admin, or the hiring manager or second approver of the opening. */
    public boolean seesPay(Managed application) {
        return current.user().map(user -> user.has(Role.ADMIN) || user.has(Role.HIRING_MANAGER)
                && (user.id.equals(application.hiringManagerId()) || user.id.equals(application.secondApproverId())))
                .orElse(false);
    }

    public boolean isStaff() {
        return current.has(Role.ADMIN) || current.has(Role.RECRUITER);
    }

    public boolean isAdmin() {
        return current.has(Role.ADMIN);
    }

    public boolean readsPipeline() {
        return isStaff() || current.has(Role.HIRING_MANAGER);
    }

    private static Long idFrom(Map<String, String> parameters, String preferred) {
        String value = parameters.getOrDefault(preferred, parameters.get("id"));
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
