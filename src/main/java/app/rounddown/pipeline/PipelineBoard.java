package app.rounddown.pipeline;

import app.rounddown.candidate.CandidateSearch;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The board of one opening: a column per stage with the first cards of each. It runs the same three
 * statements however many applications the opening has, and each column reads only its first cards
 * through the board index.
 */
public final class PipelineBoard {
    public static final int CARDS_PER_COLUMN = 50;

    private static final String CARD_COLUMNS = "a.id, a.candidate_id, c.name, c.source, a.stage, a.status, "
            + "a.stage_entered_at, a.version";

    private PipelineBoard() {
    }

    public static Board of(Opening opening, String filter) {
        String pattern = pattern(filter);
        Map<Stage, Long> totals = totals(opening.id, pattern);
        Map<Stage, List<Card>> cards = new EnumMap<>(Stage.class);
        for (Card card : firstCards(opening.id, pattern)) {
            cards.computeIfAbsent(card.stage(), s -> new ArrayList<>()).add(card);
        }
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            columns.add(new Column(stage, totals.getOrDefault(stage, 0L), cards.getOrDefault(stage, List.of()), 0));
        }
        return new Board(opening, filter == null ? "" : filter.strip(), columns);
    }

    /** One column from an offset on, for "show more". */
    public static Column column(Opening opening, Stage stage, String filter, int offset) {
        String pattern = pattern(filter);
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from application a "
                + "join candidate c on c.id = a.candidate_id "
                + "where a.opening_id = :opening and a.stage = :stage and a.status = :status" + filterSql(pattern)
                + " order by a.stage_entered_at, a.id offset :offset limit :limit")
                .setParameter("opening", opening.id).setParameter("stage", stage.name())
                .setParameter("status", statusShownIn(stage).name())
                .setParameter("offset", offset).setParameter("limit", CARDS_PER_COLUMN);
        bindFilter(query, pattern);
        long total = totals(opening.id, pattern).getOrDefault(stage, 0L);
        return new Column(stage, total, cards(query), offset);
    }

    private static Map<Stage, Long> totals(long openingId, String pattern) {
        Query query = em().createNativeQuery("select a.stage, count(*) from application a "
                + (pattern == null ? "" : "join candidate c on c.id = a.candidate_id ")
                + "where a.opening_id = :opening and a.status in ('ACTIVE', 'HIRED')" + filterSql(pattern)
                + " group by a.stage").setParameter("opening", openingId);
        bindFilter(query, pattern);
        Map<Stage, Long> totals = new EnumMap<>(Stage.class);
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            totals.put(Stage.valueOf((String) values[0]), ((Number) values[1]).longValue());
        }
        return totals;
    }

    /** The first cards of every column in one statement: a lateral join reads each column's top through the index. */
    private static List<Card> firstCards(long openingId, String pattern) {
        String stageColumns = Arrays.stream(Stage.values())
                .map(s -> "('" + s.name() + "', '" + statusShownIn(s).name() + "', " + s.ordinal() + ")")
                .collect(Collectors.joining(", "));
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from (values " + stageColumns
                + ") as col(stage, status, position) cross join lateral (select a.* from application a "
                + (pattern == null ? "" : "join candidate c on c.id = a.candidate_id ")
                + "where a.opening_id = :opening and a.stage = col.stage and a.status = col.status" + filterSql(pattern)
                + " order by a.stage_entered_at, a.id limit :limit) as a "
                + "join candidate c on c.id = a.candidate_id order by col.position, a.stage_entered_at, a.id")
                .setParameter("opening", openingId).setParameter("limit", CARDS_PER_COLUMN);
        bindFilter(query, pattern);
        return cards(query);
    }

    static ApplicationStatus statusShownIn(Stage stage) {
        return stage == Stage.HIRED ? ApplicationStatus.HIRED : ApplicationStatus.ACTIVE;
    }

    private static List<Card> cards(Query query) {
        List<Card> cards = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] v = (Object[]) row;
            cards.add(new Card(((Number) v[0]).longValue(), ((Number) v[1]).longValue(), (String) v[2],
                    Source.valueOf((String) v[3]), Stage.valueOf((String) v[4]), ApplicationStatus.valueOf((String) v[5]),
                    (Instant) v[6], ((Number) v[7]).intValue()));
        }
        return cards;
    }

    private static String pattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        return "%" + CandidateSearch.likeEscaped(filter.strip().toLowerCase(Locale.ROOT)) + "%";
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

    public record Board(Opening opening, String filter, List<Column> columns) {
        public long total() {
            return columns.stream().mapToLong(Column::total).sum();
        }
    }

    public record Column(Stage stage, long total, List<Card> cards, int offset) {
        public boolean hasMore() {
            return offset + cards.size() < total;
        }

        public int nextOffset() {
            return offset + cards.size();
        }
    }

    public record Card(long applicationId, long candidateId, String name, Source source, Stage stage,
                       ApplicationStatus status, Instant stageEnteredAt, int version) {
    }
}
