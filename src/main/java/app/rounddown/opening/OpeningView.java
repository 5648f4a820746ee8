package app.rounddown.opening;

import java.time.Instant;

/** An opening as the JSON API shows it. */
public record OpeningView(Long id, String title, RoleType roleType, Long hiringManagerId, String hiringManagerName,
                          OpeningStatus status, Instant createdAt, int version, Long secondApproverId) {

    static OpeningView of(Opening opening) {
        return new OpeningView(opening.id, opening.title, opening.roleType,
                opening.hiringManager == null ? null : opening.hiringManager.id, opening.hiringManagerName(),
                opening.status, opening.createdAt, opening.version,
                opening.secondApprover == null ? null : opening.secondApprover.id);
    }
}
