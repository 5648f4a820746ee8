package app.rounddown.dossier;

import app.rounddown.decision.OfferProgress;
import app.rounddown.decision.OfferStatus;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queues' offers, without pay: those awaiting the viewer's own approval (as the opening's hiring manager or its
 * second approver), and every candidate at Offer the viewer follows (recruiters and admins: all; hiring managers:
 * the openings they approve for). Three statements, whatever the number of offers.
 */
public record QueueOffers(List<Application> awaitingMe, List<Application> underway, Map<Long, OfferProgress> progress) {

    static QueueOffers of(User viewer) {
        List<Application> awaitingMe = Application.<Application>find("from Application a join fetch a.candidate "
                + "join fetch a.opening o where exists (select 1 from Offer f where f.application = a and f.status = :draft "
                + "and ((o.hiringManager.id = :viewer and f.managerApprovedAt is null) "
                + "or (o.secondApprover.id = :viewer and f.secondApprovedAt is null))) order by a.stageEnteredAt, a.id",
                Parameters.with("draft", OfferStatus.DRAFT).and("viewer", viewer.id)).page(0, QueueResource.LIMIT).list();
        boolean everyone = viewer.has(Role.ADMIN) || viewer.has(Role.RECRUITER);
        Parameters parameters = Parameters.with("offer", Stage.OFFER).and("active", ApplicationStatus.ACTIVE);
        if (!everyone) {
            parameters.and("viewer", viewer.id);
        }
        List<Application> underway = Application.<Application>find("from Application a join fetch a.candidate "
                + "join fetch a.opening o where a.stage = :offer and a.status = :active "
                + (everyone ? "" : "and (o.hiringManager.id = :viewer or o.secondApprover.id = :viewer) ")
                + "order by a.stageEnteredAt, a.id", parameters).page(0, QueueResource.LIMIT).list();
        Map<Long, OfferProgress> progress = OfferProgress.of(Stream.concat(awaitingMe.stream(), underway.stream())
                .map(a -> a.id).distinct().toList());
        return new QueueOffers(awaitingMe, underway, progress);
    }

    /** The application's offer, where it stands; null when none is drafted yet. */
    public OfferProgress offerOf(Application application) {
        return progress.get(application.id);
    }
}
