package app.rounddown.web;

/** An Idempotency-Key that cannot be honoured: still in use (409), or used for a different request (422). */
public class IdempotencyConflict extends RuntimeException {
    final int status;

    IdempotencyConflict(String message, int status) {
        super(message);
        this.status = status;
    }
}
