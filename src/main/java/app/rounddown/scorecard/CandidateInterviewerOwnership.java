package app.rounddown.scorecard;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.User;
import jakarta.enterprise.context.ApplicationScoped;

/** An interviewer may reach what is kept about a candidate they are assigned to interview: CVs and notes. */
@ApplicationScoped
public class CandidateInterviewerOwnership implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.CANDIDATE_INTERVIEWED;
    }

    @Override
    public boolean owns(User user, long candidateId) {
        return Exists.in(Assignment.class, "application.candidate.id = ?1 and interviewer.id = ?2", candidateId, user.id);
    }
}
