package app.rounddown.opening;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opening as the JSON API shows it. */
public record OpeningView(Long id, String title, RoleType roleType,
                          @Schema(nullable = true, description = "none once the hiring manager's account is gone") Long hiringManagerId,
                          String hiringManagerName,
                          OpeningStatus status, Instant createdAt, int version,
                          @Schema(nullable = true) Long secondApproverId,
                          @Schema(description = "whether candidates get their own interview invitations")
                          boolean candidateInvitations,
                          @Schema(nullable = true, description = "the public job post, as typed") String description,
                          @Schema(nullable = true) String location, Remote remote, EmploymentType employmentType,
                          @Schema(description = "whether the careers page lists it") boolean published,
                          @Schema(nullable = true, description = "when it was last published") Instant publishedAt,
                          @Schema(description = "its address on the careers page: /jobs/{slug}") String slug) {

    static OpeningView of(Opening opening) {
        return new OpeningView(opening.id, opening.title, opening.roleType,
                opening.hiringManager == null ? null : opening.hiringManager.id, opening.hiringManagerName(),
                opening.status, opening.createdAt, opening.version,
                opening.secondApprover == null ? null : opening.secondApprover.id, opening.candidateInvitations,
                opening.description, opening.location, opening.remote, opening.employmentType, opening.published,
                opening.publishedAt, opening.slug);
    }
}
