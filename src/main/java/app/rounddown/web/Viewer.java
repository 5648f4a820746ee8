package app.rounddown.web;

import java.time.ZoneId;
import java.util.Optional;

/** Who is looking at a page, as far as pages need to know: the time zone they read times in, when signed in. */
public interface Viewer {
    Optional<ZoneId> zone();
}
