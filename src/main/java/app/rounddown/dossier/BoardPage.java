package app.rounddown.dossier;

import app.rounddown.web.SqlValues;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import app.rounddown.decision.OfferStatus;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationEvent;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.EventKind;
import app.rounddown.pipeline.Stage;
import io.quarkus.qute.RawString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The board of one opening: a column per stage with the first cards of each. It runs the same three
 * statements however many applications the opening has (column totals, the first cards, and the interviews of those
 * cards: who is assigned and their latest cards, from which come each card's result and its gate), and each column
 * reads only its first cards through the board index.
 */
public final class BoardPage {
    public static final int CARDS_PER_COLUMN = 50;

    private static final String CLOSED = "a.status in ('REJECTED', 'WITHDRAWN')";
    /** The reason given when the application was last rejected or withdrawn, for a closed card. */
    private static final String CLOSING = "case when " + CLOSED + " then (select e.%s from application_event e "
            + "where e.application_id = a.id and e.kind in ('REJECTED', 'WITHDRAWN') "
            + "order by e.occurred_at desc, e.id desc limit 1) end";
    private static final String CARD_COLUMNS = "a.id, a.candidate_id, c.name, c.source, a.stage, a.status, "
            + "a.stage_entered_at, a.version, "
            + "exists (select 1 from application_event e where e.application_id = a.id and e.kind = 'OVERRIDDEN' "
            + "and e.to_stage = a.stage), "
            + "o.id, o.status, " + CLOSING.formatted("reason_category") + ", " + CLOSING.formatted("reason")
            + ", a.opened_at is null, a.early_reapply_after";
    private static final String CARD_JOINS = "join candidate c on c.id = a.candidate_id "
            + "left join offer o on o.application_id = a.id ";

    private BoardPage() {
    }

    /** Who is looking, and whether they may change this opening's applications and see its offers' pay. */
    public record Viewer(User user, boolean mayChange, boolean seesPay) {
    }

    public static Board of(Opening opening, BoardFilter filter, Viewer viewer) {
        String pattern = pattern(filter.text());
        Map<Stage, Totals> totals = totals(opening.id, pattern, filter.closed());
        Map<Stage, List<BoardCard>> cards = new EnumMap<>(Stage.class);
        for (BoardCard card : BoardGates.read(cards(firstCards(opening.id, pattern, filter.closed()), filter,
                viewer), viewer.user())) {
            cards.computeIfAbsent(card.stage(), s -> new ArrayList<>()).add(card);
        }
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Totals total = totals.getOrDefault(stage, Totals.NONE);
            columns.add(new Column(stage, total.shown(), total.closed(), cards.getOrDefault(stage, List.of()), 0));
        }
        return new Board(opening, filter, columns);
    }

    /** One column from an offset on, for "show more". */
    public static Column column(Opening opening, Stage stage, BoardFilter filter, int offset, Viewer viewer) {
        String pattern = pattern(filter.text());
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from application a " + CARD_JOINS
                + "where a.opening_id = :opening and a.stage = :stage and " + statuses(":status", filter.closed())
                + filterSql(pattern) + " order by " + order(filter.closed()) + " offset :offset limit :limit")
                .setParameter("opening", opening.id).setParameter("stage", stage.name())
                .setParameter("status", statusShownIn(stage).name())
                .setParameter("offset", offset).setParameter("limit", CARDS_PER_COLUMN);
        bindFilter(query, pattern);
        Totals total = totals(opening.id, pattern, filter.closed()).getOrDefault(stage, Totals.NONE);
        return new Column(stage, total.shown(), total.closed(), BoardGates.read(cards(query, filter, viewer), viewer.user()),
                offset);
    }

    /** How many cards each column holds: all it shows, and of those how many are closed. */
    private record Totals(long shown, long closed) {
        static final Totals NONE = new Totals(0, 0);
    }

    private static Map<Stage, Totals> totals(long openingId, String pattern, boolean closed) {
        Query query = em().createNativeQuery("select a.stage, count(*), count(*) filter (where " + CLOSED + ") "
                + "from application a " + (pattern == null ? "" : "join candidate c on c.id = a.candidate_id ")
                + "where a.opening_id = :opening and a.status in ('ACTIVE', 'HIRED'"
                + (closed ? ", 'REJECTED', 'WITHDRAWN'" : "") + ")" + filterSql(pattern)
                + " group by a.stage").setParameter("opening", openingId);
        bindFilter(query, pattern);
        Map<Stage, Totals> totals = new EnumMap<>(Stage.class);
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            totals.put(Stage.valueOf((String) values[0]), new Totals(((Number) values[1]).longValue(),
                    ((Number) values[2]).longValue()));
        }
        return totals;
    }

    /** The first cards of every column in one statement: a lateral join reads each column's top through the index. */
    private static Query firstCards(long openingId, String pattern, boolean closed) {
        String stageColumns = Arrays.stream(Stage.values())
                .map(s -> "('" + s.name() + "', '" + statusShownIn(s).name() + "', " + s.ordinal() + ")")
                .collect(Collectors.joining(", "));
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from (values " + stageColumns
                + ") as col(stage, status, position) cross join lateral (select a.* from application a "
                + (pattern == null ? "" : "join candidate c on c.id = a.candidate_id ")
                + "where a.opening_id = :opening and a.stage = col.stage and " + statuses("col.status", closed)
                + filterSql(pattern) + " order by " + order(closed) + " limit :limit) as a "
                + CARD_JOINS + "order by col.position, " + order(closed))
                .setParameter("opening", openingId).setParameter("limit", CARDS_PER_COLUMN);
        bindFilter(query, pattern);
        return query;
    }

    /** A column shows the status that belongs in it and, when asked, the people who left at that stage. */
    private static String statuses(String shownStatus, boolean closed) {
        return closed ? "a.status in (" + shownStatus + ", 'REJECTED', 'WITHDRAWN')" : "a.status = " + shownStatus;
    }

    /** Oldest in stage first; closed cards after everyone still in the running. */
    private static String order(boolean closed) {
        return (closed ? "(" + CLOSED + "), " : "") + "a.stage_entered_at, a.id";
    }

    static ApplicationStatus statusShownIn(Stage stage) {
        return stage == Stage.HIRED ? ApplicationStatus.HIRED : ApplicationStatus.ACTIVE;
    }

    private static List<BoardCard> cards(Query query, BoardFilter filter, Viewer viewer) {
        List<BoardCard> cards = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] v = (Object[]) row;
            ApplicationStatus status = ApplicationStatus.valueOf((String) v[5]);
            long applicationId = ((Number) v[0]).longValue();
            String actions = viewer.mayChange() && (status.isActive() || status.isClosed())
                    ? "/applications/" + applicationId + "/actions" + filter.query() : null;
            String closedCategory = v[11] == null ? null : ApplicationEvent.reasonLabel(
                    status == ApplicationStatus.WITHDRAWN ? EventKind.WITHDRAWN : EventKind.REJECTED, (String) v[11]);
            cards.add(new BoardCard(applicationId, ((Number) v[1]).longValue(), (String) v[2],
                    Source.valueOf((String) v[3]), Stage.valueOf((String) v[4]), status,
                    (Instant) v[6], ((Number) v[7]).intValue(), null, false, Boolean.TRUE.equals(v[8]),
                    v[9] == null ? null : ((Number) v[9]).longValue(), v[10] == null ? null : OfferStatus.valueOf((String) v[10]),
                    closedCategory, (String) v[12], null, Boolean.TRUE.equals(v[13]), localDate(v[14]), actions,
                    viewer.seesPay()));
        }
        return cards;
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String pattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        return SqlValues.containing(filter.strip());
    }

    private static String filterSql(String pattern) {
        return pattern == null ? "" : " and (lower(c.name) like :pattern or lower(c.email) like :pattern)";
    }

    private static void bindFilter(Query query, String pattern) {
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
    }

    private static EntityManager em() {
        return Application.getEntityManager();
    }

    public record Board(Opening opening, BoardFilter filter, List<Column> columns) {
        public long total() {
            return columns.stream().mapToLong(Column::total).sum();
        }
    }

    /** A column's cards; total counts all it shows, closed those of them rejected or withdrawn. */
    public record Column(Stage stage, long total, long closed, List<BoardCard> cards, int offset) {
        public boolean hasMore() {
            return offset + cards.size() < total;
        }

        public int nextOffset() {
            return offset + cards.size();
        }

        public long active() {
            return total - closed;
        }

        /** The cards' markup, one line each (see BoardCardHtml). */
        public RawString cardsHtml() {
            return BoardCardHtml.list(cards);
        }
    }
}
