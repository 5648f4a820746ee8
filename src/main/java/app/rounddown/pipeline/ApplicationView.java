package app.rounddown.pipeline;

import java.time.Instant;

/** An application as the JSON API shows it. */
public record ApplicationView(Long id, Long candidateId, String candidateName, Long openingId, String openingTitle,
                              Stage stage, ApplicationStatus status, Instant stageEnteredAt, Instant createdAt,
                              int version) {

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.candidate.id, a.candidate.name, a.opening.id, a.opening.title, a.stage,
                a.status, a.stageEnteredAt, a.createdAt, a.version);
    }
}
