package app.rounddown.reports;

import app.rounddown.people.CurrentUser;
import app.rounddown.web.Clock;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.Option;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sets up a report page for the person asking: their scope, the filters as typed (checked, with messages), and the
 * openings they may choose from. Two statements at most, whatever the data.
 */
@RequestScoped
public class Reports {
    /** The opening list offers the newest openings in scope (open ones first); others can still be chosen by link. */
    static final int OPENING_CHOICES = 300;

    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CompanyDefaults company;

    /** This request's filters: refused ones (here or later, as a compared period) make the page answer 400. */
    private ReportFilter asked;

    public ReportScope scope() {
        return ReportScope.of(me.require());
    }

    public ReportFrame frame(String path, String title, MultivaluedMap<String, String> query) {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, company.zone());
        ReportScope scope = scope();
        ReportFilter filter = ReportFilter.parse(query, today, company.zone());
        Long chosen = filter.openingId();
        List<Option> openings = openings(scope, chosen);
        if (chosen != null && openings.stream().noneMatch(o -> o.id() == chosen) && !inScope(scope, chosen)) {
            filter = filter.withoutOpening(scope.allOpenings() ? "That opening does not exist; choose one from the list."
                    : "Reports show your own openings; choose one from the list.");
        }
        asked = filter;
        return new ReportFrame(path, title, filter, scope, openings, now);
    }

    boolean refused() {
        return asked != null && asked.hasErrors();
    }

    @SuppressWarnings("unchecked")
    private List<Option> openings(ReportScope scope, Long chosen) {
        return Option.of(em.createNativeQuery("select o.id, o.title from opening o where (:all or o.hiring_manager_id = :me) "
                        + "order by (o.status = 'OPEN') desc, o.created_at desc, o.id desc limit :limit")
                .setParameter("all", scope.allOpenings()).setParameter("me", scope.userId())
                .setParameter("limit", OPENING_CHOICES).getResultList(), chosen);
    }

    private boolean inScope(ReportScope scope, long openingId) {
        return !em.createNativeQuery("select 1 from opening o where o.id = :id and (:all or o.hiring_manager_id = :me)")
                .setParameter("id", openingId).setParameter("all", scope.allOpenings()).setParameter("me", scope.userId())
                .getResultList().isEmpty();
    }
}
