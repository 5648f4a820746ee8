package app.rounddown.people;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.web.Digests;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One-time links to set a password: sent to a new account by the admin who made it, again on the admin's request, or
 * after "Forgot your password?". A new link ends the person's earlier ones; using one ends it and signs them out of
 * every other browser.
 */
@ApplicationScoped
public class PasswordLinks {
    static final int LONGEST_TOKEN = 100;

    @Inject
    Event<PasswordLinkIssued> issued;
    @Inject
    Audit audit;
    @Inject
    Sessions sessions;
    @Inject
    SignIns signIns;

    /** Inside the caller's transaction, so the link and its message are saved together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PasswordLink issue(User user, PasswordLink.Purpose purpose) {
        if (!user.active) {
            throw InvalidInput.of("form", user.name + "'s account is deactivated; activate it before sending a link.");
        }
        Instant now = Instant.now();
        PasswordLink.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, user.id);
        String token = Secrets.randomToken();
        PasswordLink link = new PasswordLink();
        link.userId = user.id;
        link.tokenHash = Digests.sha256(token);
        link.purpose = purpose;
        link.createdAt = now;
        link.expiresAt = now.plus(purpose.life());
        link.persist();
        audit.record("user", user.id, "password-link", "Link to set a password sent to " + user.name
                + (purpose == PasswordLink.Purpose.RESET ? " (forgotten password)" : " (new account)"), Map.of(), null);
        issued.fire(new PasswordLinkIssued(user.id, token, purpose, link.expiresAt));
        return link;
    }

    /** An admin sends someone a new link, e.g. when the first one ran out. */
    @Transactional
    public User resend(long userId) {
        User user = People.find(userId);
        issue(user, PasswordLink.Purpose.INVITATION);
        return user;
    }

    /** The link's account, while the link still works; reads only, so opening the page changes nothing. */
    public Optional<User> holder(String token) {
        return working(token, false).map(link -> User.findById(link.userId));
    }

    /** Sets the password and ends the link; every session of the person ends, so a lost laptop is signed out. */
    @Transactional
    public User use(String token, String password) {
        PasswordLink link = working(token, true).orElseThrow(() -> InvalidInput.of("form", GONE));
        User user = User.findById(link.userId);
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            throw InvalidInput.of("password", problem);
        }
        user.changePassword(password);
        link.usedAt = Instant.now();
        sessions.endAll(user.id);
        signIns.forgetFailures(user.email);
        audit.record("user", user.id, "password-set", user.name + " set their password with a link sent by e-mail",
                Map.of("password", new AuditEntry.Change("(hidden)", "(changed)")), null);
        return user;
    }

    /**
     * "Forgot your password?": every request is counted, for known and unknown addresses alike, and the answer is the
     * same whatever happens; only an active account within the limits gets a link.
     */
    @Transactional
    public void requestReset(String email, String address) {
        if (email == null || email.isBlank() || email.length() > SignIns.LONGEST_EMAIL) {
            return;
        }
        String typed = email.strip();
        String from = Sessions.clip(address, 64);
        Instant now = Instant.now();
        Instant since = now.minus(PasswordResetThrottle.WINDOW);
        var em = PasswordLink.getEntityManager();
        em.createNativeQuery("delete from password_reset_request where requested_at < ?1")
                .setParameter(1, now.minus(Duration.ofDays(1))).executeUpdate();
        long forEmail = ((Number) em.createNativeQuery("select count(*) from password_reset_request "
                + "where lower(email) = lower(?1) and requested_at > ?2").setParameter(1, typed).setParameter(2, since)
                .getSingleResult()).longValue();
        long fromAddress = ((Number) em.createNativeQuery("select count(*) from password_reset_request "
                + "where address = ?1 and requested_at > ?2").setParameter(1, from).setParameter(2, since)
                .getSingleResult()).longValue();
        em.createNativeQuery("insert into password_reset_request (email, address, requested_at) values (?1, ?2, ?3)")
                .setParameter(1, typed).setParameter(2, from).setParameter(3, now).executeUpdate();
        if (!PasswordResetThrottle.allows(forEmail, fromAddress)) {
            return;
        }
        User.findByEmail(typed).filter(user -> user.active)
                .ifPresent(user -> issue(user, PasswordLink.Purpose.RESET));
    }

    static final String GONE = "This link no longer works: it was used, replaced by a newer one, or it ran out. "
            + "Ask for a new one below.";

    private static Optional<PasswordLink> working(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        var query = PasswordLink.<PasswordLink>find("tokenHash", Digests.sha256(token));
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().filter(link -> link.worksAt(Instant.now()))
                .filter(link -> User.<User>findByIdOptional(link.userId).map(user -> user.active).orElse(false));
    }
}
