package app.rounddown.candidate;

import app.rounddown.audit.Audit;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Adding and editing candidates, for pages and API alike, each change written to the audit log. */
@ApplicationScoped
public class Candidates {
    @Inject
    Audit audit;

    @Transactional
    public Candidate register(CandidateInput input) {
        requireEmailFree(input.email(), null);
        Candidate candidate = Candidate.register(input);
        audit.created("candidate", candidate.id, candidate.name + " added", candidate.snapshot(), candidate.id);
        return candidate;
    }

    @Transactional
    public Candidate revise(long id, CandidateInput input) {
        Candidate candidate = find(id);
        Versions.requireUnchanged(input.version(), candidate.version);
        requireEmailFree(input.email(), id);
        Map<String, Object> before = candidate.snapshot();
        candidate.apply(input);
        candidate.flush();
        audit.changed("candidate", candidate.id, candidate.name + "'s profile edited", before, candidate.snapshot(),
                candidate.id);
        return candidate;
    }

    static void requireEmailFree(String email, Long exceptId) {
        Candidate.emailTakenBy(email, exceptId).ifPresent(other -> {
            throw InvalidInput.of("email", emailTakenMessage(other));
        });
    }

    static String emailTakenMessage(Candidate other) {
        return "Another candidate, " + other.name + ", already uses this e-mail address.";
    }

    public static Candidate find(Long id) {
        return Found.or404(Candidate.findById(id), "candidate", id);
    }
}
