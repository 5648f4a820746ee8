package app.rounddown.candidate;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate as the JSON API shows it. */
public record CandidateView(Long id, String name, String email, @Schema(nullable = true) String phone,
                            @Schema(nullable = true) String location, String timeZone,
                            Source source, @Schema(nullable = true) String linkedinUrl, @Schema(nullable = true) String cvUrl,
                            @Schema(nullable = true) String notes, Instant createdAt,
                            int version) {

    static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.name, c.email, c.phone, c.location, c.timeZone, c.source, c.linkedinUrl,
                c.cvUrl, c.notes, c.createdAt, c.version);
    }
}
