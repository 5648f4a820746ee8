package app.rounddown.privacy;

import app.rounddown.candidate.Candidate;
import io.quarkus.qute.TemplateExtension;

/**
 * Whether a candidate's data was erased, for pages below this room (the candidate page): told by the address an
 * erasure leaves, which no person can have (.invalid is reserved), so the page needs no extra query.
 */
@TemplateExtension
public final class ErasedCandidates {
    private ErasedCandidates() {
    }

    static boolean erased(Candidate candidate) {
        return candidate.email != null && candidate.email.endsWith(Erasure.DOMAIN);
    }
}
