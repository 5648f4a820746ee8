package app.rounddown.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is acting, for the history. Until sign-in exists, API scripts may name themselves in the X-Actor
 * header; pages act as "Recruiter".
 */
@RequestScoped
public class CurrentActor {
    static final String HEADER = "X-Actor";
    static final String UNNAMED = "Recruiter";

    @Inject
    HttpServerRequest request;

    public String name() {
        String named = request.getHeader(HEADER);
        if (named == null || named.isBlank()) {
            return UNNAMED;
        }
        String stripped = named.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }
}
