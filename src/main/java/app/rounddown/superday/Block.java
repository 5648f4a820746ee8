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
    @ManyToMany
    @JoinTable(name = "superday_block_participant", joinColumns = @JoinColumn(name = "block_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("name")
    public List<User> participants = new ArrayList<>();

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public boolean involves(User user) {
        return participants.stream().anyMatch(p -> p.id.equals(user.id));
    }

    Agenda.Block asAgendaBlock() {
        return new Agenda.Block(kind, startsAt, Duration.ofMinutes(minutes), participants.stream()
                .map(p -> new Agenda.Person(p.name, p.zone())).toList());
    }
}
