package app.rounddown.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class SignInFailure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String email;
    public Instant failedAt;
    /** The client's address as the app sees it (the proxy's, unless forwarding is configured). */
    public String address;

    static void record(String email, String address, Instant at) {
        SignInFailure failure = new SignInFailure();
        failure.email = email.length() > 254 ? email.substring(0, 254) : email;
        failure.address = address;
        failure.failedAt = at;
        failure.persist();
    }
}
