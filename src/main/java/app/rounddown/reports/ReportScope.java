package app.rounddown.reports;

import app.rounddown.people.Role;
import app.rounddown.people.User;

/**
 * Whose openings a report covers: admins and recruiters see every opening, a hiring manager the openings they
 * manage. Applied in SQL, so nobody's figures are computed from rows they could not read.
 */
public record ReportScope(long userId, boolean allOpenings) {

    public static ReportScope of(User user) {
        return new ReportScope(user.id, user.has(Role.ADMIN) || user.has(Role.RECRUITER));
    }
}
