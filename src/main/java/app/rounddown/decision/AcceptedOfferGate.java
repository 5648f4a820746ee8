package app.rounddown.decision;

import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.HireGate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A hire follows an accepted offer: the pipeline asks before moving anyone from Offer to Hired. */
@ApplicationScoped
public class AcceptedOfferGate implements HireGate {
    @Override
    public Optional<String> reasonToHold(Application application) {
        String name = application.candidate.name;
        Offer offer = Offer.of(application.id).orElse(null);
        if (offer == null) {
            return Optional.of(name + " has no offer yet: a hire needs an accepted offer.");
        }
        return offer.status == OfferStatus.ACCEPTED ? Optional.empty() : Optional.of(name + "'s offer is "
                + offer.status.label().toLowerCase() + ", not accepted: a hire needs an accepted offer.");
    }
}
