package app.rounddown.web;

import jakarta.ws.rs.NotFoundException;

/** A record that must exist: a missing one is a 404 that names what was looked for. */
public final class Found {
    private Found() {
    }

    public static <T> T or404(T record, String what, Object id) {
        if (record == null) {
            throw new NotFoundException("There is no " + what + " with id " + id + ".");
        }
        return record;
    }
}
