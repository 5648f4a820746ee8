package app.rounddown.people;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** On a database with no users, the first admin comes from ROUNDDOWN_ADMIN_EMAIL and ROUNDDOWN_ADMIN_PASSWORD. */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @ConfigProperty(name = "rounddown.admin.email")
    Optional<String> email;
    @ConfigProperty(name = "rounddown.admin.password")
    Optional<String> password;
    @Inject
    People people;

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        String problem = Passwords.problemWith(password.get());
        if (problem != null) {
            LOG.error("ROUNDDOWN_ADMIN_PASSWORD is not usable, so no first admin was created: " + problem);
            return;
        }
        try {
            if (people.createFirstAdmin("Admin", email.get(), password.get())) {
                LOG.info("Created the first admin, " + email.get() + "; sign in and give them a real name.");
            }
        } catch (RuntimeException anotherInstanceWasFaster) {
            LOG.info("The first admin was created by another instance meanwhile.");
        }
    }
}
