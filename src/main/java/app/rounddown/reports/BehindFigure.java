package app.rounddown.reports;

import app.rounddown.web.Page;

/**
 * The candidates behind one figure of a report (a drill-down), one page at a time: what the figure is, and for each
 * candidate a link to their page with the application it counts and a detail (such as the days spent in a stage).
 * Built by each report's own query, with the same filters and scope as the figure, so the list and the number agree.
 */
public record BehindFigure(ReportFrame frame, String figure, Page<Candidate> candidates, String pageBase) {
    /** At most this many candidates per page of a drill-down. */
    public static final int PAGE_SIZE = 50;

    public record Candidate(long candidateId, String name, String opening, String detail) {
    }
}
