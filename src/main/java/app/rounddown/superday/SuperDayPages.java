package app.rounddown.superday;

import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.web.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Builds the SuperDay page for the person asking: staff also get the candidate's link and the warnings. */
@ApplicationScoped
public class SuperDayPages {
    @Inject
    SuperDays superDays;
    @Inject
    PortalLinks links;
    @Inject
    CurrentUser current;

    /** The page of one SuperDay; the candidate's link is written with the app's own address, as the request saw it. */
    public SuperDayPage of(long id, URI appAddress) {
        SuperDay day = withAgenda(id);
        User viewer = current.require();
        boolean staff = viewer.hasAny(EnumSet.of(Role.ADMIN, Role.RECRUITER));
        String link = staff ? appAddress.resolve("/portal/") + links.portalToken(day) : null;
        return SuperDayPage.of(day, viewer, viewer.zone().getId(), link, staff ? superDays.warnings(day) : List.of(),
                Instant.now());
    }

    /**
     * The day with its candidate, opening, task version and agenda, and every block's people, in two statements
     * whatever the length of the agenda (one query fetches one list of a SuperDay: the blocks, then their people).
     */
    private static SuperDay withAgenda(long id) {
        SuperDay day = Found.or404(SuperDay.<SuperDay>find("from SuperDay s join fetch s.application a "
                + "join fetch a.candidate join fetch a.opening left join fetch s.taskVersion left join fetch s.blocks "
                + "where s.id = ?1", id).singleResultOptional().orElse(null), "SuperDay", id);
        Block.list("select distinct b from Block b left join fetch b.participants where b.superDay.id = ?1", id);
        return day;
    }
}
