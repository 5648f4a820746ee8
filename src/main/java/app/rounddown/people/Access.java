package app.rounddown.people;

import app.rounddown.opening.Opening;
import app.rounddown.pipeline.Application;
import app.rounddown.scorecard.Assignment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** Applies the access table to the signed-in user, for the filter and for pages that hide what is not allowed. */
@RequestScoped
@Named("access")
public class Access {
    @Inject
    CurrentUser current;

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
        if (rule.managedBy() == Rule.Managed.OFFER_APPROVERS) {
            return user.has(Role.HIRING_MANAGER) && Application.count("id = ?1 and (opening.hiringManager.id = ?2 "
                    + "or opening.secondApprover.id = ?2)", id, user.id) > 0;
        }
        if (rule.managedBy() == Rule.Managed.SUPERDAY_REVIEWED) {
            return Assignment.count("stage = ?1 and interviewer.id = ?2 and excusedAt is null and application.id = "
                    + "(select s.application.id from SuperDay s where s.id = ?3)", app.rounddown.pipeline.Stage.SUPERDAY,
                    user.id, id) > 0;
        }
        if (rule.managedBy() == Rule.Managed.INTERVIEWED) {
            return Assignment.count("application.id = ?1 and interviewer.id = ?2", id, user.id) > 0;
        }
        if (!user.has(Role.HIRING_MANAGER)) {
            return false;
        }
        return rule.managedBy() == Rule.Managed.OPENING
                ? Opening.count("id = ?1 and hiringManager.id = ?2", id, user.id) > 0
                : Application.count("id = ?1 and opening.hiringManager.id = ?2", id, user.id) > 0;
    }

    /** May the signed-in user move, reject and reopen applications of this opening? */
    public boolean mayChange(Opening opening) {
        return current.user().map(user -> user.hasAny(java.util.EnumSet.of(Role.ADMIN, Role.RECRUITER))
                || opening.hiringManager != null && opening.hiringManager.id.equals(user.id)).orElse(false);
    }

    /** May the signed-in user let a refused move forward through: the opening's hiring manager, or an admin. */
    public boolean mayOverride(Application application) {
        return current.user().map(user -> user.has(Role.ADMIN) || application.opening.hiringManager != null
                && application.opening.hiringManager.id.equals(user.id)).orElse(false);
    }

    /** May the signed-in user see pay: an admin, or the hiring manager or second approver of the opening. */
    public boolean seesPay(Application application) {
        return current.user().map(user -> user.has(Role.ADMIN) || user.has(Role.HIRING_MANAGER)
                && (application.opening.hiringManager != null && application.opening.hiringManager.id.equals(user.id)
                || application.opening.secondApprover != null && application.opening.secondApprover.id.equals(user.id)))
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
