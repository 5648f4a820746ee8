package app.rounddown.superday;

import app.rounddown.access.Exists;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import jakarta.enterprise.context.ApplicationScoped;

/** A SuperDay's reviewers (its SuperDay interviewers, unless excused) may reach it. */
@ApplicationScoped
public class ReviewerOwnership implements Ownership {
    @Override
    public Rule.Managed kind() {
        return Rule.Managed.SUPERDAY_REVIEWED;
    }

    @Override
    public boolean owns(User user, long superDayId) {
        return Exists.in(Assignment.class, "stage = ?1 and interviewer.id = ?2 and excusedAt is null and application.id = "
                + "(select s.application.id from SuperDay s where s.id = ?3)", Stage.SUPERDAY, user.id, superDayId);
    }
}
