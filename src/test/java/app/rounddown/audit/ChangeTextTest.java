package app.rounddown.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 17, item 18: the audit log read "SMALL_TEAM -> SUPERDAY", raw instants and "reapplyAfter null". */
class ChangeTextTest {
    @Test
    void fieldNamesReadAsWords() {
        assertEquals("Reapply after", ChangeText.field("reapplyAfter"));
        assertEquals("SuperDay fee", ChangeText.field("superdayFee"));
        assertEquals("LinkedIn URL", ChangeText.field("linkedinUrl"));
        assertEquals("Hiring manager ID", ChangeText.field("hiringManagerId"));
    }

    @Test
    void valuesReadAsLabelsDatesAndNone() {
        assertEquals("Small team", ChangeText.value("SMALL_TEAM"));
        assertEquals("SuperDay", ChangeText.value("SUPERDAY"));
        assertEquals("none", ChangeText.value(null));
        assertEquals("none", ChangeText.value("null"));
        assertEquals("3 Dec 2026", ChangeText.value("2026-12-03"));
        assertEquals("yes", ChangeText.value("true"));
        assertEquals("at 2026-11-29T23:15:36.914167932Z",
                ChangeText.value("2026-11-29T23:15:36.914167932Z", instant -> "at " + instant));
        assertEquals("Met at a meetup", ChangeText.value("Met at a meetup"));
        assertEquals("A", ChangeText.value("A"));
    }

    /** Every kind the code writes to the audit log, so the filter offers it; a new kind must be named here. */
    @Test
    void everyKindWrittenInTheCodeIsInTheFilter() throws Exception {
        java.util.Set<String> written = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher kind = java.util.regex.Pattern
                        .compile("(?:audit\\.(?:record|created|changed)|Audit\\w*\\.record)\\(\"([a-z-]+)\"")
                        .matcher(java.nio.file.Files.readString(file));
                while (kind.find()) {
                    written.add(kind.group(1));
                }
            }
        }
        assertTrue(written.size() > 10, written.toString());
        written.forEach(kind -> assertTrue(RecordKinds.ALL.containsKey(kind), kind + " is not in RecordKinds"));
    }

    @Test
    void everyKindOfRecordHasAName() {
        assertEquals("SuperDays", ChangeText.kind("superday"));
        assertTrue(RecordKinds.ALL.containsKey("team-member"));
    }
}
