package app.rounddown.scorecard;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.User;
import jakarta.enterprise.context.ApplicationScoped;

/** An interviewer may reach the candidates they are assigned to interview. */
@ApplicationScoped
public class InterviewerOwnership implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.INTERVIEWED;
    }

    @Override
    public boolean owns(User user, long applicationId) {
        return Exists.in(Assignment.class, "application.id = ?1 and interviewer.id = ?2", applicationId, user.id);
    }
}
