package app.rounddown.web;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Who is looking at a page, as far as the shared web parts need to know: the time zone they read times in, and
 * their account's id (null when nobody is signed in).
 */
public interface Viewer {
    Optional<ZoneId> zone();

    Long actorId();
}
