package app.rounddown.superday;

import app.rounddown.candidate.Candidate;

/** What a page says about mail to the candidate: one without an e-mail address gets none, and the recruiter is told. */
final class CandidateMail {
    private CandidateMail() {
    }

    static boolean reachable(Candidate candidate) {
        return candidate.email != null && !candidate.email.isBlank();
    }

    /** "The invitation is e-mailed to Jane Doe." or "Dana has no e-mail address, so no invitation was sent." */
    static String told(Candidate candidate, String what) {
        return reachable(candidate) ? "The " + what + " is e-mailed to " + candidate.name + "."
                : candidate.name + " has no e-mail address, so no " + what + " was sent.";
    }
}
