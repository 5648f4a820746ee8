package app.rounddown.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetriesTest {
    @Test
    void eachFailedTryWaitsLongerThanTheOneBefore() {
        assertEquals(Optional.of(Duration.ofMinutes(1)), Retries.after(1));
        assertEquals(Optional.of(Duration.ofMinutes(5)), Retries.after(2));
        assertEquals(Optional.of(Duration.ofMinutes(15)), Retries.after(3));
        assertEquals(Optional.of(Duration.ofMinutes(60)), Retries.after(4));
        assertEquals(Optional.of(Duration.ofMinutes(240)), Retries.after(5));
    }

    @Test
    void afterTheSixthTryThereIsNoOther() {
        assertEquals(6, Retries.MAX_ATTEMPTS);
        assertEquals(Optional.empty(), Retries.after(6));
    }
}
