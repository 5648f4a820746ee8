package app.rounddown.candidate;

import java.time.Instant;

/** A candidate as the JSON API shows it. */
public record CandidateView(Long id, String name, String email, String phone, String location, String timeZone,
                            Source source, String linkedinUrl, String cvUrl, String notes, Instant createdAt,
                            int version) {

    static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.name, c.email, c.phone, c.location, c.timeZone, c.source, c.linkedinUrl,
                c.cvUrl, c.notes, c.createdAt, c.version);
    }
}
