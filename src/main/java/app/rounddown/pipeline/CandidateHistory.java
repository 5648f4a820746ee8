package app.rounddown.pipeline;

import app.rounddown.candidate.Candidate;
import app.rounddown.opening.Opening;
import java.util.List;

/** A candidate's applications, their history, and the openings they could still join: three statements. */
public record CandidateHistory(List<Application> applications, List<ApplicationEvent> timeline,
                               List<Opening> openToJoin) {
    static final int TIMELINE_LIMIT = 200;
    static final int OPENINGS_LIMIT = 500;

    public static CandidateHistory of(Candidate candidate) {
        List<Application> applications = Application.find("from Application a join fetch a.opening "
                + "where a.candidate = ?1 order by a.createdAt desc, a.id desc", candidate).list();
        List<ApplicationEvent> timeline = ApplicationEvent.timelineOf(applications.stream().map(a -> a.id).toList(),
                TIMELINE_LIMIT);
        List<Opening> openToJoin = Opening.find("status = app.rounddown.opening.OpeningStatus.OPEN and id not in "
                + "(select a.opening.id from Application a where a.candidate = ?1) order by lower(title), id", candidate)
                .page(0, OPENINGS_LIMIT).list();
        return new CandidateHistory(applications, timeline, openToJoin);
    }

    /** The opening an event belongs to, from the applications already loaded (no extra query per event). */
    public String openingOf(ApplicationEvent event) {
        return applications.stream().filter(a -> a.id.equals(event.application.id)).findFirst()
                .map(a -> a.opening.title).orElse("");
    }
}
