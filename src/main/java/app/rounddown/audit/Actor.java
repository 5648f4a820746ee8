package app.rounddown.audit;

/** Who makes a change, as the audit log records it: implemented by whoever knows who is signed in. */
public interface Actor {
    /** The signed-in person's id, or null for the system itself. */
    Long actorId();

    String name();
}
