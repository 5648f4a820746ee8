package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CappedTest {

    @Test
    void aListThatFitsSaysNothingMore() {
        Capped<Integer> capped = Capped.of(List.of(1, 2, 3), 3);
        assertEquals(List.of(1, 2, 3), capped.items());
        assertFalse(capped.more());
    }

    @Test
    void theRowFetchedBeyondTheLimitIsNotShownButSaysThereAreMore() {
        Capped<Integer> capped = Capped.of(List.of(1, 2, 3, 4), 3);
        assertEquals(List.of(1, 2, 3), capped.items());
        assertTrue(capped.more());
    }
}
