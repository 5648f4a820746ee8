package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One hand-in of the candidate's output. Later hand-ins are new versions; none is ever changed. */
@Entity
@Table(name = "superday_submission")
public class Submission extends PanacheEntityBase {
    private static final int RECEIPT_LINES = 3;
    private static final int RECEIPT_CHARACTERS = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superday_id")
    public SuperDay superDay;
    public int version;
    public Instant submittedAt;
    public boolean late;
    public String links;
    public String notes;
    @ManyToMany
    @JoinTable(name = "superday_submission_file", joinColumns = @JoinColumn(name = "submission_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("filename")
    public List<StoredFile> files = new ArrayList<>();

    /** The links one a line, for showing each as a link. */
    public List<String> linkList() {
        return links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The text's first lines, for a receipt that shows what arrived without repeating all of it. */
    public String notesStart() {
        List<String> lines = notes.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String start = String.join("\n", lines.subList(0, Math.min(RECEIPT_LINES, lines.size())));
        return start.length() > RECEIPT_CHARACTERS ? start.substring(0, RECEIPT_CHARACTERS).strip() + "\u2026" : start;
    }

    /** Whether the receipt shows only part of the text. */
    public boolean notesCut() {
        return !notesStart().equals(notes.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** A day's hand-ins, newest first, with their files, in one statement (a day takes at most {@link HandIns#MAX_SUBMISSIONS}). */
    static List<Submission> withFiles(long superDayId) {
        return list("select distinct s from Submission s left join fetch s.files where s.superDay.id = ?1 "
                + "order by s.version desc", superDayId);
    }

    public static List<Submission> of(SuperDay superDay) {
        return list("superDay.id = ?1 order by version desc", superDay.id);
    }

    /** Whether a file was handed in for this SuperDay, asked of the database rather than by loading every hand-in. */
    static boolean holdsFile(long superDayId, long fileId) {
        return getEntityManager().createQuery("select count(s) from Submission s join s.files f "
                        + "where s.superDay.id = ?1 and f.id = ?2", Long.class)
                .setParameter(1, superDayId).setParameter(2, fileId).getSingleResult() > 0;
    }
}
