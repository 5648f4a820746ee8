package app.rounddown.letters;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One saved wording of a candidate template. Saving never changes a row: it adds the next version, and the newest one
 * is what candidates receive.
 */
@Entity
@Table(name = "candidate_template_version")
public class TemplateVersion extends PanacheEntityBase {
    /** How many versions the history shows; older ones stay stored and are reached by their number. */
    public static final int HISTORY = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String templateKey;
    @Column(updatable = false)
    public int version;
    @Column(updatable = false)
    public String subject;
    @Column(name = "body_text", updatable = false)
    public String text;
    @Column(name = "body_html", updatable = false)
    public String html;
    public Long savedById;
    public String savedByName;
    public Instant savedAt;
    public String note;

    public static Optional<TemplateVersion> newest(CandidateTemplate template) {
        return find("templateKey = ?1 order by version desc", template.key()).firstResultOptional();
    }

    public static Optional<TemplateVersion> numbered(CandidateTemplate template, int version) {
        return find("templateKey = ?1 and version = ?2", template.key(), version).firstResultOptional();
    }

    /** The newest versions first, at most {@link #HISTORY} of them. */
    public static List<TemplateVersion> history(CandidateTemplate template) {
        return find("templateKey = ?1 order by version desc", template.key()).page(0, HISTORY).list();
    }

    public CandidateTemplate template() {
        return CandidateTemplate.byKey(templateKey).orElseThrow();
    }

    public TemplateText source() {
        return new TemplateText(subject, text, html);
    }
}
