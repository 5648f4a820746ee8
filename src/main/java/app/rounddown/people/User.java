package app.rounddown.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** Someone who signs in. Never deleted: a deactivated user keeps their name on history. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String email;
    public String timeZone;
    public String passwordHash;
    public boolean active = true;
    // Batched, so a page of users loads all their roles in one more statement, never one per user.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = EnumSet.noneOf(Role.class);
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    @Version
    public int version;
    /** How this person hears of a scorecard they still owe. */
    @Enumerated(EnumType.STRING)
    public ReminderChoice scorecardReminders = ReminderChoice.IMMEDIATE;

    /** With a null password the account has none until its owner sets one through a link ({@link PasswordLinks}). */
    public static User create(String name, String email, String timeZone, Set<Role> roles, String password) {
        User user = new User();
        user.name = name.strip();
        user.email = email.strip();
        user.timeZone = timeZone.strip();
        user.roles = EnumSet.copyOf(roles);
        user.passwordHash = password == null ? null : Passwords.hash(password);
        user.persist();
        return user;
    }

    public static Optional<User> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
    }

    public static List<User> activeWithRole(Role role) {
        return find("select u from User u join u.roles r where r = ?1 and u.active = true order by lower(u.name), u.id",
                role).list();
    }

    /** The zone this person's day is in; UTC when the stored name is not a zone this JVM knows. */
    public java.time.ZoneId zone() {
        try {
            return java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException | NullPointerException unknown) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** Loads the roles now, for a user kept beyond the statement that read it (the signed-in user). */
    public User withRoles() {
        org.hibernate.Hibernate.initialize(roles);
        return this;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean passwordMatches(String password) {
        return Passwords.matches(password, passwordHash);
    }

    public void changePassword(String password) {
        passwordHash = Passwords.hash(password);
    }
}
