package app.rounddown.dossier;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Predicate;

/**
 * The queues' offers, without pay: those awaiting the viewer's own approval (as the opening's hiring manager or its
 * second approver), and every candidate at Offer the viewer follows (recruiters and admins: all; hiring managers:
 * the openings they approve for). Two statements, whatever the number of offers.
 */
public record QueueOffers(List<QueueLine> awaitingMe, List<Underway> underway) {

    /** An application at the Offer stage, and whether this viewer may open its offer (and so see its pay). */
    public record Underway(QueueLine line, boolean payLink) {
    }

    /** The openings whose offers the viewer approves: as their hiring manager or as their second approver. */
    private static final String THEIR_OPENINGS = "fk(m.hiringManager) = :viewer or fk(m.secondApprover) = :viewer";

    static QueueOffers of(User viewer, Predicate<QueueLine> seesPay) {
        String columns = "select " + QueueLine.columns("a.stageEnteredAt", true) + " from ";
        String joins = QueueLine.JOINS + "left join o.hiringManager hm left join o.secondApprover sa ";
        // Read opening by opening (the openings the viewer approves for), like a manager's offers underway; a draft whose
        // candidate has withdrawn or been rejected no longer waits for anyone.
        List<QueueLine> awaitingMe = Application.getEntityManager().createQuery(columns
                        + QueueResource.firstOfTheirOpenings(THEIR_OPENINGS, "select a2.id as id, a2.stageEnteredAt as at "
                                + "from Application a2 join Offer f2 on f2.application = a2 where a2.opening = m "
                                + "and a2.status = ACTIVE and a2.stage = OFFER and f2.status = DRAFT "
                                + "and ((fk(m.hiringManager) = :viewer and f2.managerApprovedAt is null) "
                                + "or (fk(m.secondApprover) = :viewer and f2.secondApprovedAt is null)) "
                                + "order by a2.stageEnteredAt, a2.id", QueueResource.LIMIT)
                        + " join Application a on a.id = top.id " + joins + "join Offer f on f.application = a "
                        + "order by a.stageEnteredAt, a.id", Object[].class)
                .setParameter("viewer", viewer.id).getResultList().stream().map(QueueLine::read).toList();
        boolean everyone = viewer.has(Role.ADMIN) || viewer.has(Role.RECRUITER);
        TypedQuery<Object[]> underway = everyone
                ? Application.getEntityManager().createQuery(columns + "Application a " + joins + "left join Offer f on f.application = a "
                        + "where a.stage = OFFER and a.status = ACTIVE order by a.stageEnteredAt, a.id limit "
                        + QueueResource.LIMIT, Object[].class)
                : Application.getEntityManager().createQuery(columns + QueueResource.firstOfTheirOpenings(
                                THEIR_OPENINGS,
                                "select a2.id as id, a2.stageEnteredAt as at from Application a2 where a2.opening = m "
                                        + "and a2.status = ACTIVE and a2.stage = OFFER order by a2.stageEnteredAt, a2.id",
                                QueueResource.LIMIT) + " join Application a on a.id = top.id " + joins
                        + "left join Offer f on f.application = a order by a.stageEnteredAt, a.id", Object[].class)
                        .setParameter("viewer", viewer.id);
        return new QueueOffers(awaitingMe, underway.getResultList().stream().map(QueueLine::read)
                .map(line -> new Underway(line, seesPay.test(line))).toList());
    }
}
