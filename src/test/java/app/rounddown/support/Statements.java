package app.rounddown.support;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;

/** How many SQL statements a request runs: pages promise a fixed number, whatever the data (STYLE: Database). */
public final class Statements {
    private Statements() {
    }

    public static long during(Runnable request) {
        SessionFactory sessions = Arc.container().instance(SessionFactory.class).get();
        sessions.getStatistics().clear();
        request.run();
        return sessions.getStatistics().getPrepareStatementCount();
    }
}
