package app.rounddown.reports;

import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.HtmxRequests;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Interviewer calibration: who scores out of line with their panels (staff), and "how I score" (everyone, own rows). */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class CalibrationResource {
    static final String PATH = "/reports/calibration";
    static final String TITLE = "Interviewer calibration";
    static final Set<Stage> INTERVIEW_STAGES = Set.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM, Stage.SUPERDAY);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calibration(ReportFrame frame, CalibrationPage page);

        static native TemplateInstance candidates(BehindFigure behind);

        static native TemplateInstance me(List<CalibrationRow> rows);

        static native TemplateInstance me$rows(List<CalibrationRow> rows);
    }

    @Inject
    Reports reports;
    @Inject
    Calibration calibration;
    @Inject
    CurrentUser current;
    @Inject
    CompanyDefaults company;
    @Context
    UriInfo uri;

    @GET
    @Path("calibration")
    public TemplateInstance show() {
        ReportFrame frame = reports.frame(PATH, TITLE, uri.getQueryParameters());
        return Templates.calibration(frame, CalibrationPage.of(frame, calibration.rows(frame)));
    }

    @GET
    @Path("calibration.csv")
    @Produces("text/csv")
    public Response csv() {
        ReportFrame frame = reports.frame(PATH, TITLE, uri.getQueryParameters());
        return CalibrationPage.of(frame, calibration.rows(frame)).table().download("calibration", frame.filter());
    }

    @GET
    @Path("calibration/candidates")
    public TemplateInstance candidates(@QueryParam("interviewer") String interviewer, @QueryParam("stage") String stage,
                                       @QueryParam("page") String page) {
        ReportFrame frame = reports.frame(PATH, TITLE, uri.getQueryParameters());
        long interviewerId = interviewer(interviewer);
        Stage chosen = stage(stage);
        var candidates = calibration.behind(frame, interviewerId, chosen,
                PageRequest.parse(page, String.valueOf(BehindFigure.PAGE_SIZE)));
        String base = PATH + "/candidates?" + frame.filter().query() + "&interviewer=" + interviewerId + "&stage=" + chosen + "&";
        return Templates.candidates(new BehindFigure(frame, "Cards of one interviewer at the " + chosen.label(), candidates, base));
    }

    /** The asker's own rows, over every opening and all their cards: an htmx fragment for the profile, or a page. */
    @GET
    @Path("calibration/me")
    public TemplateInstance me(@HeaderParam(HtmxRequests.HEADER) String htmx) {
        ReportFilter everything = ReportFilter.parse(new MultivaluedHashMap<>(), LocalDate.now(company.zone()), company.zone());
        List<CalibrationRow> rows = calibration.mine(current.require().id, everything);
        return HtmxRequests.asked(htmx) ? Templates.me$rows(rows) : Templates.me(rows);
    }

    private static long interviewer(String typed) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("interviewer", "Choose an interviewer from the report.");
        }
    }

    private static Stage stage(String typed) {
        for (Stage stage : INTERVIEW_STAGES) {
            if (stage.name().equals(typed)) {
                return stage;
            }
        }
        throw InvalidInput.of("stage", "Choose an interview stage: culture, technical, small team or SuperDay.");
    }
}
