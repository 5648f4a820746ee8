package app.rounddown.access;

import static app.rounddown.people.Role.ADMIN;
import static app.rounddown.people.Role.HIRING_MANAGER;
import static app.rounddown.people.Role.RECRUITER;
import static app.rounddown.access.Rule.Managed.APPLICATION;
import static app.rounddown.access.Rule.Managed.OPENING;
import static app.rounddown.access.Rule.everyone;
import static app.rounddown.access.Rule.interviewersOf;
import static app.rounddown.access.Rule.rolesOrInterviewersOf;
import static app.rounddown.access.Rule.rolesOrInterviewersOfCandidate;
import static app.rounddown.access.Rule.roles;
import static app.rounddown.access.Rule.rolesOrManagerOf;
import static app.rounddown.access.Rule.rolesOrReviewersOf;
import static app.rounddown.access.Rule.signedIn;
import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who may do what: every page and API route of the app, in one table. A route that is not listed is
 * refused to everyone (deny by default), and a test fails for every route that is missing.
 * Interviewers see the candidates they are assigned to interview, and their own profile.
 */
public final class AccessTable {
    private static final Rule READERS = roles(ADMIN, RECRUITER, HIRING_MANAGER);
    private static final Rule STAFF = roles(ADMIN, RECRUITER);
    private static final Rule OPENING_OWNERS = rolesOrManagerOf(OPENING, ADMIN, RECRUITER);
    private static final Rule APPLICATION_OWNERS = rolesOrManagerOf(APPLICATION, ADMIN, RECRUITER);
    /** A refused move forward may be let through by the opening's hiring manager (or an admin), with a reason. */
    private static final Rule OVERRIDERS = rolesOrManagerOf(APPLICATION, ADMIN);
    /** A SuperDay is read by the pipeline's readers and by the people assigned to review it. */
    /** Hiring decisions are the hiring manager's (or an admin's); recruiters follow them up. */
    private static final Rule DECIDERS = rolesOrManagerOf(APPLICATION, ADMIN);
    private static final Rule COMPARERS = rolesOrManagerOf(OPENING, ADMIN, RECRUITER);
    private static final Rule PAY = Rule.adminsOrOfferApprovers();
    private static final Rule SUPERDAY_READERS = rolesOrReviewersOf(ADMIN, RECRUITER, HIRING_MANAGER);
    /** A candidate's CVs and notes: the pipeline's readers, and the people assigned to interview that candidate. */
    private static final Rule CANDIDATE_READERS = rolesOrInterviewersOfCandidate(ADMIN, RECRUITER, HIRING_MANAGER);

    public static final Map<String, Rule> RULES = new TreeMap<>(Map.ofEntries(
            entry("GET /", signedIn()),
            entry("GET /signin", everyone()),
            // The stylesheet, scripts and icon (web/Assets).
            entry("GET /assets/{version}/{name}", everyone()),
            entry("POST /signin", everyone()),
            entry("POST /signout", signedIn()),
            // Set-password links and "Forgot your password?" serve people who cannot sign in yet.
            entry("GET /password-resets/new", everyone()),
            entry("POST /password-resets", everyone()),
            entry("GET /password-links/{token}", everyone()),
            entry("POST /password-links/{token}", everyone()),
            // The careers page: anyone reads the published openings and applies, with no account.
            entry("GET /jobs", everyone()),
            entry("GET /jobs.json", everyone()),
            entry("GET /jobs/{slug}", everyone()),
            entry("POST /jobs/{slug}/applications", everyone()),
            entry("GET /jobs/{slug}/applied", everyone()),
            entry("GET /profile", signedIn()),
            entry("POST /profile", signedIn()),
            entry("POST /profile/password", signedIn()),
            entry("POST /profile/sessions/{id}/end", signedIn()),
            entry("POST /profile/sessions/end-all", signedIn()),
            entry("POST /profile/tokens", signedIn()),
            entry("POST /profile/tokens/{id}/revocation", signedIn()),

            // Reports: the pipeline's readers; each report counts only the openings the asker may see (all for
            // admins and recruiters, their own for hiring managers).
            entry("GET /reports", READERS),
            // Reports 4, 6 and 7 (decision clock, SuperDay money, offers): the same readers, the same SQL scope.
            entry("GET /reports/decision-clock", READERS),
            entry("GET /reports/decision-clock.csv", READERS),
            entry("GET /reports/decision-clock/candidates", READERS),
            entry("GET /reports/superday-money", READERS),
            entry("GET /reports/superday-money.csv", READERS),
            entry("GET /reports/offers", READERS),
            entry("GET /reports/offers.csv", READERS),
            entry("GET /reports/offers/candidates", READERS),
            // What predicts a good hire: hires' scores against their quota and retention, in the asker's scope.
            entry("GET /reports/predictors", READERS),
            entry("GET /reports/predictors.csv", READERS),
            entry("GET /reports/predictors/candidates", READERS),
            // Interviewer calibration (report 5); "me" is anyone's own rows only, shown on their profile.
            entry("GET /reports/calibration", READERS),
            entry("GET /reports/calibration.csv", READERS),
            entry("GET /reports/calibration/candidates", READERS),
            entry("GET /reports/calibration/me", signedIn()),
            // Funnel, time to hire and sources (helper A): pages, CSV files and the candidates behind each figure.
            entry("GET /reports/funnel", READERS),
            entry("GET /reports/funnel.csv", READERS),
            entry("GET /reports/funnel/candidates", READERS),
            entry("GET /reports/time-to-hire", READERS),
            entry("GET /reports/time-to-hire.csv", READERS),
            entry("GET /reports/time-to-hire/candidates", READERS),
            entry("GET /reports/sources", READERS),
            entry("GET /reports/sources.csv", READERS),
            entry("GET /reports/sources/candidates", READERS),

            entry("GET /openings", READERS),
            entry("GET /openings/new", STAFF),
            entry("POST /openings", STAFF),
            entry("GET /openings/{id}/edit", OPENING_OWNERS),
            entry("POST /openings/{id}", OPENING_OWNERS),
            entry("GET /boards/{openingId}", READERS),
            entry("GET /boards/{openingId}/columns/{stage}", READERS),

            // Everyone signed in may search; the search itself finds an interviewer only the candidates they interview.
            entry("GET /candidates", signedIn()),
            entry("GET /candidates/suggestions", signedIn()),
            entry("GET /candidates/new", STAFF),
            entry("POST /candidates", STAFF),
            entry("GET /candidates/{id}", READERS),
            entry("GET /candidates/{id}/edit", STAFF),
            entry("POST /candidates/{id}", STAFF),
            entry("POST /candidates/{id}/applications", STAFF),
            entry("GET /candidates/{id}/applications/new", STAFF),
            // The candidate's data (privacy/): export, erasure on request and the retention list are for admins only.
            entry("GET /candidates/{id}/export.zip", roles(ADMIN)),
            entry("GET /candidates/{id}/erasures", roles(ADMIN)),
            entry("POST /candidates/{id}/erasures", roles(ADMIN)),
            entry("GET /privacy/retention", roles(ADMIN)),

            entry("GET /applications/{id}/actions", APPLICATION_OWNERS),
            entry("POST /applications/{id}/moves", APPLICATION_OWNERS),
            entry("POST /applications/{id}/reopenings", APPLICATION_OWNERS),
            entry("GET /applications/{id}/rejections/new", APPLICATION_OWNERS),
            entry("POST /applications/{id}/rejections", APPLICATION_OWNERS),
            entry("GET /applications/{id}/withdrawals/new", APPLICATION_OWNERS),
            entry("POST /applications/{id}/withdrawals", APPLICATION_OWNERS),
            entry("GET /applications/{id}/culture-message", APPLICATION_OWNERS),
            entry("POST /applications/{id}/culture-message", APPLICATION_OWNERS),

            entry("GET /interviews", signedIn()),
            // Everyone has a queue: mentions in notes; the pipeline's queues are shown to its readers only.
            entry("GET /queues", signedIn()),
            entry("GET /interviews/{applicationId}/{stage}", rolesOrInterviewersOf(ADMIN, RECRUITER, HIRING_MANAGER)),
            entry("POST /interviews/{applicationId}/{stage}/draft", interviewersOf()),
            entry("POST /interviews/{applicationId}/{stage}/submission", interviewersOf()),
            entry("POST /interviews/{applicationId}/{stage}/amendments", interviewersOf()),
            entry("POST /assignments", STAFF),
            entry("POST /assignments/warnings", STAFF),
            entry("POST /assignments/{id}/excusal", STAFF),
            entry("GET /applications/{id}/overrides/new", OVERRIDERS),
            entry("POST /applications/{id}/overrides", OVERRIDERS),
            entry("GET /kits", roles(ADMIN)),
            entry("GET /kits/{stage}/edit", roles(ADMIN)),
            entry("POST /kits/{stage}", roles(ADMIN)),
            entry("GET /kits/{stage}/versions", roles(ADMIN)),
            entry("GET /kits/{stage}/changes", roles(ADMIN)),

            entry("GET /tasks", READERS),
            entry("GET /tasks/new", READERS),
            entry("POST /tasks", READERS),
            entry("GET /tasks/{id}/edit", READERS),
            entry("POST /tasks/{id}", READERS),
            entry("GET /tasks/{id}/versions/{number}", READERS),
            entry("GET /superdays", READERS),
            entry("GET /superdays/new", STAFF),
            entry("POST /superdays", STAFF),
            entry("POST /superdays/warnings", STAFF),
            entry("POST /superdays/layouts", STAFF),
            entry("GET /superdays/{id}", SUPERDAY_READERS),
            entry("GET /superdays/of/{applicationId}", rolesOrInterviewersOf(ADMIN, RECRUITER, HIRING_MANAGER)),
            entry("GET /superdays/{id}/files/{fileId}", SUPERDAY_READERS),
            entry("GET /superdays/{id}/calendar", SUPERDAY_READERS),
            entry("GET /superdays/{id}/agenda/edit", STAFF),
            entry("POST /superdays/{id}/agenda", STAFF),
            entry("POST /superdays/{id}/release", STAFF),
            entry("POST /superdays/{id}/status", STAFF),
            entry("POST /superdays/{id}/cancellation", STAFF),
            entry("POST /superdays/{id}/checklist", STAFF),
            entry("POST /superdays/{id}/payment", STAFF),
            entry("POST /superdays/{id}/links", STAFF),
            entry("POST /superdays/{id}/link-revocation", STAFF),
            // Irreversible actions ask first: a GET of the action's address, with the same rule as the action.
            entry("GET /superdays/{id}/release", STAFF),
            entry("GET /superdays/{id}/cancellation", STAFF),
            entry("GET /superdays/{id}/links", STAFF),
            entry("GET /superdays/{id}/link-revocation", STAFF),
            entry("GET /comparisons/{openingId}", COMPARERS),
            entry("POST /comparisons/{openingId}/reveal", COMPARERS),
            entry("GET /comparisons/{openingId}/export", COMPARERS),
            entry("GET /comparisons/{openingId}/links/{submissionId}/{number}", COMPARERS),
            entry("GET /comparisons/{openingId}/files/{submissionId}/{number}", COMPARERS),
            entry("GET /decisions/{id}", APPLICATION_OWNERS),
            entry("POST /decisions/{id}", DECIDERS),
            entry("POST /decisions/{id}/message", APPLICATION_OWNERS),
            entry("GET /offers/{id}", PAY),
            entry("POST /offers/{id}", PAY),
            entry("POST /offers/{id}/approval", PAY),
            entry("POST /offers/{id}/status", PAY),
            entry("POST /offers/{id}/team", PAY),
            entry("GET /offers/{id}/team/{memberId}/forms", PAY),
            entry("POST /offers/{id}/team/{memberId}/departure", PAY),
            entry("POST /offers/{id}/team-target-recalculations", PAY),
            entry("POST /offers/{id}/team/{memberId}/attainments", PAY),
            entry("GET /ramp-guarantees", roles(ADMIN)),
            entry("POST /ramp-guarantees", roles(ADMIN)),
            entry("GET /payments", STAFF),
            entry("GET /payments/export", STAFF),
            entry("GET /payments/batch", STAFF),
            entry("POST /payments/batch", STAFF),
            // The candidate's page: the unguessable link in the path is the only key, and a wrong one reveals nothing.
            entry("GET /portal/{token}", everyone()),
            entry("POST /portal/{token}/submissions", everyone()),
            entry("GET /portal/{token}/files/{fileId}", everyone()),
            entry("GET /portal/{token}/calendar", everyone()),

            entry("GET /users", roles(ADMIN)),
            entry("GET /users/new", roles(ADMIN)),
            entry("POST /users", roles(ADMIN)),
            entry("GET /users/{id}/edit", roles(ADMIN)),
            entry("POST /users/{id}", roles(ADMIN)),
            entry("GET /users/{id}/deactivation", roles(ADMIN)),
            entry("POST /users/{id}/deactivation", roles(ADMIN)),
            entry("POST /users/{id}/activation", roles(ADMIN)),
            entry("POST /users/{id}/password", roles(ADMIN)),
            entry("POST /users/{id}/sessions/end", roles(ADMIN)),
            entry("POST /users/{id}/password-links", roles(ADMIN)),
            entry("GET /audit", roles(ADMIN)),
            entry("POST /backups", roles(ADMIN)),
            entry("GET /outbox", roles(ADMIN)),
            entry("GET /outbox/{id}", roles(ADMIN)),
            entry("POST /outbox/{id}/resends", roles(ADMIN)),
            entry("GET /templates", roles(ADMIN)),
            entry("GET /templates/{id}", roles(ADMIN)),
            entry("POST /templates/{id}", roles(ADMIN)),
            entry("POST /templates/{id}/previews", roles(ADMIN)),
            entry("GET /templates/{id}/versions/{number}", roles(ADMIN)),
            entry("POST /templates/{id}/restorations", roles(ADMIN)),

            entry("GET /api/openings", READERS),
            entry("POST /api/openings", STAFF),
            entry("GET /api/openings/{id}", READERS),
            entry("PUT /api/openings/{id}", OPENING_OWNERS),
            entry("GET /api/candidates", READERS),
            entry("POST /api/candidates", STAFF),
            entry("GET /api/candidates/{id}", READERS),
            entry("PUT /api/candidates/{id}", STAFF),
            entry("GET /api/applications", READERS),
            entry("POST /api/applications", STAFF),
            entry("GET /api/applications/{id}", READERS),
            entry("GET /api/applications/{id}/events", READERS),
            entry("POST /api/applications/{id}/moves", APPLICATION_OWNERS),
            entry("POST /api/applications/{id}/rejections", APPLICATION_OWNERS),
            entry("POST /api/applications/{id}/withdrawals", APPLICATION_OWNERS),
            entry("POST /api/applications/{id}/reopenings", APPLICATION_OWNERS),
            entry("POST /api/applications/{id}/overrides", OVERRIDERS),
            entry("POST /api/assignments", STAFF),
            entry("POST /api/assignments/{id}/excusal", STAFF),
            entry("GET /api/scorecards/{applicationId}/{stage}", rolesOrInterviewersOf(ADMIN, RECRUITER, HIRING_MANAGER)),
            entry("PUT /api/scorecards/{applicationId}/{stage}/draft", interviewersOf()),
            entry("POST /api/scorecards/{applicationId}/{stage}/submission", interviewersOf()),
            entry("POST /api/scorecards/{applicationId}/{stage}/amendments", interviewersOf()),
            // Interview mail (issue 13): moving an interview, and choosing how scorecard reminders come.
            entry("POST /assignments/{id}/moves", STAFF),
            entry("POST /api/assignments/{id}/moves", STAFF),
            entry("POST /profile/reminders", signedIn()),
            // CVs and notes (issue 14): recruiters add CVs; whoever may see the candidate reads CVs and notes and writes notes.
            entry("POST /candidates/{id}/cvs", STAFF),
            entry("GET /candidates/{id}/cvs/{cvId}", CANDIDATE_READERS),
            entry("GET /candidates/{id}/cvs/{cvId}/download", CANDIDATE_READERS),
            entry("GET /candidates/{id}/notes", CANDIDATE_READERS),
            entry("POST /candidates/{id}/notes", CANDIDATE_READERS),
            entry("POST /mentions/{noteId}/dismissal", signedIn())));

    private AccessTable() {
    }

    public static Optional<Rule> ruleFor(String method, String route) {
        return Optional.ofNullable(RULES.get(("HEAD".equals(method) ? "GET" : method) + " " + route));
    }
}
