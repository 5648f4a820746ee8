package app.rounddown.candidate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Entity
public class Candidate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String email;
    public String phone;
    public String location;
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String linkedinUrl;
    public String cvUrl;
    public String notes;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    @Version
    public int version;

    static Candidate register(CandidateInput input) {
        Candidate candidate = new Candidate();
        candidate.apply(input);
        candidate.persist();
        return candidate;
    }

    /** E-mail addresses are unique whatever their case. */
    public static Optional<Candidate> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
    }

    /** Another candidate already using this e-mail address, whatever its case. */
    public static Optional<Candidate> emailTakenBy(String email, Long exceptId) {
        return findByEmail(email).filter(other -> !other.id.equals(exceptId));
    }

    public void apply(CandidateInput input) {
        name = input.name().strip();
        email = input.email().strip();
        phone = blankToNull(input.phone());
        location = blankToNull(input.location());
        timeZone = input.timeZone().strip();
        source = input.source();
        linkedinUrl = blankToNull(input.linkedinUrl());
        cvUrl = blankToNull(input.cvUrl());
        notes = blankToNull(input.notes());
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("location", location);
        fields.put("timeZone", timeZone);
        fields.put("source", source);
        fields.put("linkedinUrl", linkedinUrl);
        fields.put("cvUrl", cvUrl);
        fields.put("notes", notes);
        return fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
