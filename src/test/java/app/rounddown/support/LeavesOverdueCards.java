package app.rounddown.support;

import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For a test class that books interviews in the past and leaves their cards owed: each test's overdue cards are
 * excused after it, since the recruiters' queue lists only the oldest hundred and other tests look for theirs there.
 */
public abstract class LeavesOverdueCards {
    @Inject
    protected Database database;
    private Instant started;

    @BeforeEach
    void noteTheStart() {
        started = Instant.now();
    }

    @AfterEach
    void excuseTheCardsLeftOverdue() {
        database.excuseOverdueCardsScheduledSince(started);
    }
}
