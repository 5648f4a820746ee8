package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "12 days in stage": whole days since, counted as Duration.between(...).toDays() counts them. */
class DaysSinceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00.300Z");

    @Test
    void wholeDaysAsAPersonSaysThem() {
        assertEquals("today", Times.daysSince(NOW, NOW));
        assertEquals("today", Times.daysSince(NOW.plus(Duration.ofDays(3)), NOW), "a time still to come is today");
        assertEquals("today", Times.daysSince(NOW.minus(Duration.ofHours(23)), NOW));
        assertEquals("1 day", Times.daysSince(NOW.minus(Duration.ofHours(25)), NOW));
        assertEquals("1 day", Times.daysSince(NOW.minus(Duration.ofDays(1)), NOW), "a whole day to the nanosecond");
        assertEquals("12 days", Times.daysSince(NOW.minus(Duration.ofDays(12)).minusMillis(1), NOW));
        assertEquals("900 days", Times.daysSince(NOW.minus(Duration.ofDays(900)).minusSeconds(5), NOW));
        assertEquals("1 day", Times.daysSince(Instant.now().minus(Duration.ofDays(1)).minusSeconds(5)), "against now");
    }

    @Test
    void aDayIsNotCountedBeforeItIsWhole() {
        // Half a second short of a day, across a second's boundary: counting whole seconds alone would make it a day.
        Instant almost = NOW.minus(Duration.ofDays(1)).plusMillis(500);
        assertEquals(Duration.between(almost, NOW).toDays(), 0);
        assertEquals("today", Times.daysSince(almost, NOW));
    }
}
