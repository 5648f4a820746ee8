package app.rounddown.reports;

import app.rounddown.candidate.Source;
import app.rounddown.opening.RoleType;
import app.rounddown.web.Option;
import java.time.Instant;
import java.util.List;

/**
 * What every report page shows around its figures: its name, the filters (with the openings the asker may pick),
 * and when the figures were computed. {@code path} is the report's address, such as "/reports/funnel".
 */
public record ReportFrame(String path, String title, ReportFilter filter, ReportScope scope,
                          List<Option> openings, Instant asOf) {

    public List<RoleType> roleTypes() {
        return List.of(RoleType.values());
    }

    public List<Source> sources() {
        return List.of(Source.values());
    }

    /** The CSV download of this report with the same filters. */
    public String csvHref() {
        return path + ".csv?" + filter.query();
    }

    /** This report with the same filters and a parameter of its own appended ("&compareFrom=..."), for links. */
    public String href(String extra) {
        return path + "?" + filter.query() + (extra == null || extra.isEmpty() ? "" : "&" + extra);
    }
}
