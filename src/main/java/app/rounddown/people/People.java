package app.rounddown.people;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/** Accounts: created, changed, deactivated and given new passwords by admins, or by people themselves. */
@ApplicationScoped
public class People {
    @Inject
    Audit audit;
    @Inject
    CompanyDefaults defaults;
    @Inject
    CurrentUser current;
    @Inject
    SignIns signIns;
    @Inject
    Sessions sessions;
    @Inject
    ApiTokens tokens;
    @Inject
    PasswordLinks passwordLinks;

    @Transactional
    public User create(UserInput input) {
        requireEmailFree(input.email(), null);
        User user = User.create(input.name(), input.email(), input.timeZone(), input.roles(), null);
        audit.created("user", user.id, "Account for " + user.name + " created", snapshot(user), null);
        passwordLinks.issue(user, PasswordLink.Purpose.INVITATION);
        return user;
    }

    @Transactional
    public User revise(long id, UserInput input) {
        User user = find(id);
        Versions.requireUnchanged(input.version(), user.version);
        requireEmailFree(input.email(), id);
        if (user.has(Role.ADMIN) && !input.roles().contains(Role.ADMIN)) {
            requireAnotherAdmin(user, "remove the admin role from");
        }
        Map<String, Object> before = snapshot(user);
        user.name = input.name().strip();
        user.email = input.email().strip();
        user.timeZone = input.timeZone().strip();
        user.roles.clear();
        user.roles.addAll(input.roles());
        user.flush();
        audit.changed("user", user.id, user.name + "'s account edited", before, snapshot(user), null);
        return user;
    }

    @Transactional
    public User setActive(long id, boolean active) {
        User user = find(id);
        if (!active) {
            requireAnotherAdmin(user, "deactivate");
        }
        if (!active) {
            // A later reactivation starts afresh: old cookies and tokens stay dead.
            sessions.endAll(user.id);
            tokens.revokeAll(user.id);
        }
        if (user.active != active) {
            user.active = active;
            audit.record("user", user.id, active ? "activated" : "deactivated",
                    user.name + (active ? " can sign in again" : " can no longer sign in"),
                    Map.of("active", new AuditEntry.Change(String.valueOf(!active), String.valueOf(active))), null);
        }
        return user;
    }

    @Transactional
    public User resetPassword(long id, String password) {
        User user = newPassword(find(id), password, "password", "password-reset", "'s password was reset by an admin");
        signIns.forgetFailures(user.email);
        sessions.endAll(user.id);
        return user;
    }

    @Transactional
    public User updateProfile(long id, String name, String timeZone, Integer version) {
        User user = find(id);
        Versions.requireUnchanged(version, user.version);
        Map<String, Object> before = snapshot(user);
        user.name = name.strip();
        user.timeZone = timeZone.strip();
        user.flush();
        audit.changed("user", user.id, user.name + " edited their profile", before, snapshot(user), null);
        return user;
    }

    /**
     * The current password is checked first, by {@link SignIns}, in a transaction of its own. Every other session of
     * this person ends; the one they changed it from goes on.
     */
    @Transactional
    public User changeOwnPassword(long id, String newPassword, long keptSessionId) {
        User user = newPassword(find(id), newPassword, "newPassword", "password-changed", " changed their password");
        sessions.endAllBut(user.id, keptSessionId);
        return user;
    }

    /** An admin signs someone out of every browser, e.g. after a lost laptop. */
    @Transactional
    public int endSessionsOf(long id) {
        User user = find(id);
        int ended = sessions.endAll(user.id);
        audit.record("user", user.id, "signed-out", user.name + " was signed out of " + ended
                + (ended == 1 ? " session" : " sessions") + " by an admin", Map.of(), null);
        return ended;
    }

    /** A new password that passes the rule, audited without ever writing the password down. */
    private User newPassword(User user, String password, String field, String action, String what) {
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            throw InvalidInput.of(field, problem);
        }
        user.changePassword(password);
        audit.record("user", user.id, action, user.name + what,
                Map.of("password", new AuditEntry.Change("(hidden)", "(changed)")), null);
        return user;
    }

    /** The first admin comes from configuration, on a database with no users at all. */
    @Transactional
    public boolean createFirstAdmin(String name, String email, String password) {
        if (User.count() > 0) {
            return false;
        }
        User admin = User.create(name, email, defaults.zone().getId(), EnumSet.of(Role.ADMIN), password);
        audit.created("user", admin.id, "First admin " + email + " created from configuration", snapshot(admin), null);
        return true;
    }

    private void requireAnotherAdmin(User user, String verb) {
        if (current.user().map(me -> me.id.equals(user.id)).orElse(false)) {
            throw InvalidInput.of("roles", "You cannot " + verb + " your own account; ask another admin.");
        }
        // Two admins removing each other at the same moment must not leave nobody in charge.
        Locks.holdUntilCommit("last-admin");
        long otherAdmins = User.getEntityManager().createQuery("select count(u) from User u join u.roles r "
                        + "where r = :admin and u.active = true and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", user.id).getSingleResult();
        if (user.has(Role.ADMIN) && otherAdmins == 0) {
            throw InvalidInput.of("roles", "This is the last active admin; make someone else an admin first.");
        }
    }

    private static void requireEmailFree(String email, Long exceptId) {
        User.findByEmail(email).filter(other -> !other.id.equals(exceptId)).ifPresent(other -> {
            throw InvalidInput.of("email", "Another account, " + other.name + ", already uses this e-mail address.");
        });
    }

    static Map<String, Object> snapshot(User user) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", user.name);
        fields.put("email", user.email);
        fields.put("timeZone", user.timeZone);
        fields.put("roles", String.join(", ", user.roles.stream().map(Role::name).sorted().toList()));
        fields.put("active", user.active);
        return fields;
    }

    public static User find(Long id) {
        return Found.or404(User.findById(id), "user", id);
    }
}
