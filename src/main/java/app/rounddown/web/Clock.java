package app.rounddown.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/** "Now", for templates that compare a deadline with it. */
@ApplicationScoped
@Named("clock")
public class Clock {
    public Instant now() {
        return Instant.now();
    }
}
