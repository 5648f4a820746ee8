package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.people.Secrets;
import app.rounddown.web.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The candidate's private link to their SuperDay: only its hash is stored; a new one replaces the old. */
@ApplicationScoped
public class PortalLinks {
    @Inject
    Audit audit;
    @Inject
    Secrets secrets;
    @Inject
    Event<PortalLinkRenewed> renewed;

    /** A new link replaces the old one, which stops working at once; the candidate is e-mailed the new one. */
    @Transactional
    public SuperDay newLink(long id) {
        SuperDay day = SuperDays.find(id);
        issue(day);
        audit.record("superday", day.id, "new-link", "New candidate link; the old one no longer works", Map.of(),
                day.application.candidate.id);
        renewed.fire(new PortalLinkRenewed(day.id, day.application.id));
        return day;
    }

    @Transactional
    public SuperDay revokeLink(long id) {
        SuperDay day = SuperDays.find(id);
        if (day.portalRevokedAt == null) {
            day.portalRevokedAt = Instant.now();
            audit.record("superday", day.id, "revoked-link", "Candidate link revoked", Map.of(), day.application.candidate.id);
        }
        return day;
    }

    /** Gives the SuperDay a fresh link; an earlier one stops working. */
    void issue(SuperDay day) {
        day.portalNonce = Secrets.randomToken();
        day.portalTokenHash = hash(portalToken(day));
        day.portalRevokedAt = null;
    }

    public String portalToken(SuperDay day) {
        return secrets.sign("superday-portal:" + day.portalNonce);
    }

    /** The SuperDay a candidate's link opens, if the link is right and still valid; nothing else is revealed. */
    public Optional<Long> openedBy(String token, Instant now) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Optional<SuperDay> day = SuperDay.<SuperDay>find("portalTokenHash", hash(token)).firstResultOptional()
                .filter(found -> found.portalValidAt(now));
        return day.map(found -> found.id);
    }

    public static String hash(String token) {
        return Digests.sha256(token);
    }
}
