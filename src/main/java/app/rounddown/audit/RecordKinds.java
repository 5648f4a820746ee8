package app.rounddown.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every kind of record the audit log names, with the words the audit page's filter shows for it. */
public final class RecordKinds {
    public static final Map<String, String> ALL = labels("application", "Applications", "assignment", "Interview assignments",
            "backup", "Backups", "candidate", "Candidates", "comparison", "Comparisons", "decision", "Decisions",
            "kit", "Interview kits", "message", "Messages", "offer", "Offers", "opening", "Openings",
            "ramp-guarantee", "Ramp guarantees", "scorecard", "Scorecards", "superday", "SuperDays",
            "task", "SuperDay tasks", "template", "Message templates", "team-member", "Team rosters", "team-target", "Team targets", "user", "Users");

    private RecordKinds() {
    }

    private static Map<String, String> labels(String... keysAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
