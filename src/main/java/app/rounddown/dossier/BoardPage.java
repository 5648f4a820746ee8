package app.rounddown.dossier;

import app.rounddown.candidate.CandidateSearch;
import app.rounddown.candidate.Source;
import app.rounddown.opening.Opening;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.RoundDown;
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
public final class BoardPage {
    public static final int CARDS_PER_COLUMN = 50;

    /** The latest submitted card of each interviewer at the application's current stage. */
    private static final String CURRENT_CARDS = "from scorecard s where s.application_id = a.id and s.stage = a.stage "
            + "and s.submitted_at is not null and not exists (select 1 from scorecard n where n.application_id = s.application_id "
            + "and n.stage = s.stage and n.interviewer_id = s.interviewer_id and n.submitted_at is not null "
            + "and n.revision > s.revision)";
    /** Someone still owing their own card at this stage sees no result, so their card stays independent. */
    private static final String VIEWER_WAITING = "exists (select 1 from interview_assignment x where x.application_id = a.id "
            + "and x.stage = a.stage and x.interviewer_id = :viewer and x.excused_at is null and not exists "
            + "(select 1 from scorecard v where v.application_id = a.id and v.stage = a.stage and v.interviewer_id = :viewer "
            + "and v.submitted_at is not null))";
    /** RoundDown.of in SQL: the mean of the cards, rounded down (a test holds the two to the same answers). */
    static final String ROUNDED_DOWN_MEAN = "floor(avg(s.overall))::int";
    /** RoundDown.divergent in SQL: cards two or more points apart. */
    static final String DIVERGENT = "coalesce(max(s.overall) - min(s.overall) >= 2, false)";
    private static final String CARD_COLUMNS = "a.id, a.candidate_id, c.name, c.source, a.stage, a.status, "
            + "a.stage_entered_at, a.version, "
            + "case when " + VIEWER_WAITING + " then null else (select " + ROUNDED_DOWN_MEAN + " " + CURRENT_CARDS + ") end, "
            + "case when " + VIEWER_WAITING + " then false else (select " + DIVERGENT + " "
            + CURRENT_CARDS + ") end, "
            + "exists (select 1 from application_event e where e.application_id = a.id and e.kind = 'OVERRIDDEN' "
            + "and e.to_stage = a.stage)";

    private BoardPage() {
    }

    public static Board of(Opening opening, String filter, long viewerId) {
        String pattern = pattern(filter);
        Map<Stage, Long> totals = totals(opening.id, pattern);
        Map<Stage, List<Card>> cards = new EnumMap<>(Stage.class);
        for (Card card : firstCards(opening.id, pattern, viewerId)) {
            cards.computeIfAbsent(card.stage(), s -> new ArrayList<>()).add(card);
        }
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            columns.add(new Column(stage, totals.getOrDefault(stage, 0L), cards.getOrDefault(stage, List.of()), 0));
        }
        return new Board(opening, filter == null ? "" : filter.strip(), columns);
    }

    /** One column from an offset on, for "show more". */
    public static Column column(Opening opening, Stage stage, String filter, int offset, long viewerId) {
        String pattern = pattern(filter);
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from application a "
                + "join candidate c on c.id = a.candidate_id "
                + "where a.opening_id = :opening and a.stage = :stage and a.status = :status" + filterSql(pattern)
                + " order by a.stage_entered_at, a.id offset :offset limit :limit")
                .setParameter("opening", opening.id).setParameter("stage", stage.name())
                .setParameter("status", statusShownIn(stage).name())
                .setParameter("offset", offset).setParameter("limit", CARDS_PER_COLUMN).setParameter("viewer", viewerId);
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
    private static List<Card> firstCards(long openingId, String pattern, long viewerId) {
        String stageColumns = Arrays.stream(Stage.values())
                .map(s -> "('" + s.name() + "', '" + statusShownIn(s).name() + "', " + s.ordinal() + ")")
                .collect(Collectors.joining(", "));
        Query query = em().createNativeQuery("select " + CARD_COLUMNS + " from (values " + stageColumns
                + ") as col(stage, status, position) cross join lateral (select a.* from application a "
                + (pattern == null ? "" : "join candidate c on c.id = a.candidate_id ")
                + "where a.opening_id = :opening and a.stage = col.stage and a.status = col.status" + filterSql(pattern)
                + " order by a.stage_entered_at, a.id limit :limit) as a "
                + "join candidate c on c.id = a.candidate_id order by col.position, a.stage_entered_at, a.id")
                .setParameter("opening", openingId).setParameter("limit", CARDS_PER_COLUMN).setParameter("viewer", viewerId);
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
                    (Instant) v[6], ((Number) v[7]).intValue(), v[8] == null ? null : ((Number) v[8]).intValue(),
                    Boolean.TRUE.equals(v[9]), Boolean.TRUE.equals(v[10])));
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
                       ApplicationStatus status, Instant stageEnteredAt, int version, Integer result,
                       boolean needsDiscussion, boolean overridden) {
        public String resultWord() {
            return result == null ? "" : RoundDown.word(result);
        }
    }
}
