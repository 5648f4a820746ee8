package app.rounddown.people;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Each person chooses how scorecard reminders reach them, on their profile. */
@ApplicationScoped
public class Reminders {
    @Inject
    Audit audit;

    @Transactional
    public User choose(long userId, ReminderChoice choice) {
        if (choice == null) {
            throw InvalidInput.of("scorecardReminders", "Choose how you want to be reminded of late scorecards.");
        }
        User user = Found.or404(User.findById(userId), "user", userId);
        ReminderChoice before = user.scorecardReminders;
        user.scorecardReminders = choice;
        audit.record("user", user.id, "reminders", user.name + " chose: " + choice.label().toLowerCase(),
                Map.of("scorecardReminders", new AuditEntry.Change(before.name(), choice.name())), null);
        return user;
    }
}
