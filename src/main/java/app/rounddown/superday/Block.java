package app.rounddown.superday;

import app.rounddown.people.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One part of a SuperDay's agenda, stored in UTC. */
@Entity
@Table(name = "superday_block")
public class Block extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superday_id")
    public SuperDay superDay;
    public int position;
    @Enumerated(EnumType.STRING)
    public BlockKind kind;
    public Instant startsAt;
    public int minutes;
    /** Where the meeting is held, when it is a video call; shown to the candidate beside the block. */
    public String videoLink;
    @ManyToMany
    @JoinTable(name = "superday_block_participant", joinColumns = @JoinColumn(name = "block_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("name")
    public List<User> participants = new ArrayList<>();

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /**
     * What the candidate reads for this block: "Kick-off with Rita Recruiter", "Meeting with the hiring manager,
     * Marcus Manager", never a kind that already says "with" followed by another "with".
     */
    public String candidateTitle() {
        if (participants.isEmpty()) {
            return kind.label();
        }
        String names = joined(participants.stream().map(p -> p.name).toList());
        return switch (kind) {
            case HIRING_MANAGER -> kind.label() + (participants.size() == 1 ? ", " : ": ") + names;
            case TEAM_CHATS -> kind.label() + ": " + names;
            default -> kind.label() + " with " + names;
        };
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public boolean involves(User user) {
        return participants.stream().anyMatch(p -> p.id.equals(user.id));
    }

    Agenda.Block asAgendaBlock() {
        return new Agenda.Block(kind, startsAt, Duration.ofMinutes(minutes), participants.stream()
                .map(p -> new Agenda.Person(p.name, p.zone())).toList());
    }
}
