package app.rounddown.web;

import jakarta.persistence.OptimisticLockException;

/** Edits carry the version the person started from, so one person's save never silently replaces another's. */
public final class Versions {
    private Versions() {
    }

    public static void requireUnchanged(Integer seen, int current) {
        if (seen == null) {
            throw InvalidInput.of("version", "Send the version you are editing (from the record you read), "
                    + "so a change made meanwhile is not overwritten.");
        }
        if (seen != current) {
            throw new OptimisticLockException();
        }
    }
}
