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

    @Test
    void everyKindOfRecordHasAName() {
        assertEquals("SuperDays", ChangeText.kind("superday"));
        assertTrue(RecordKinds.ALL.containsKey("team-member"));
    }
}
