package app.rounddown.dossier;

import app.rounddown.candidate.Source;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text candidate search, in one statement: names and e-mails (words, or any fragment through the trigram
 * indexes), notes, CV text and the scorecard takeaways this viewer may read, ranked, with a snippet for the rows of
 * the page only.
 *
 * <p>The work is bounded whatever the query: the matches are read name matches first, then notes, takeaways and
 * CVs, and reading stops after {@code cap + 1} of them; only those are ranked (ts_rank_cd) and counted. A word in
 * every CV therefore costs a thousand rankings, not a hundred thousand, and the page says "more than 1,000" so the
 * searcher narrows it. Access is part of the same SQL: filters and who may find whom apply before the bound, and a
 * card's takeaways are matched only where the viewer may read that card (the rule of {@code CardVisibility}).
 */
public final class CandidateFinder {
    /** How many matches are counted before the page says "more than". */
    public static final int COUNT_CAP = 1000;
    /** Results a page: fewer than the plain list's 50, since each comes with a snippet to make. */
    public static final String PAGE_SIZE = "20";
    /** How many characters of a CV a snippet is first looked for in. */
    static final int CV_OPENING = 1000;
    /** ts_headline options; the sentinels are replaced by {@link SearchSnippet}. */
    private static final String HEADLINE = "StartSel=\"" + SearchSnippet.START + "\", StopSel=\"" + SearchSnippet.STOP
            + "\", MaxWords=20, MinWords=8, ShortWord=2";

    private CandidateFinder() {
    }

    /** Who searches: everyone's candidates (admins, recruiters, hiring managers), or only those they interview. */
    public record Searcher(long userId, boolean findsEveryone) {
    }

    /** One result: the list's row plus why it matched; {@code link} is where this searcher may open it. */
    public record Found(CandidateList.Row row, String link, SearchSnippet snippet) {
    }

    /** A page of results, and how many matched, up to the cap ({@code more}: the reading stopped at the bound). */
    public record Results(List<Found> items, int page, int size, long found, boolean more) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < found;
        }

        public long first() {
            return items.isEmpty() ? 0 : (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + items.size();
        }

        /** "42", or "more than 1,000" when the reading stopped at the cap. */
        public String total() {
            return more ? "more than " + String.format(Locale.ROOT, "%,d", found) : String.format(Locale.ROOT, "%,d", found);
        }
    }

    public static Results search(EntityManager em, CandidateList.Filters filters, Searcher searcher,
                                 PageRequest request, int cap) {
        // The planner, told only a few rows are wanted, likes a sequential scan that hopes to stop early; on CVs that
        // means unpacking every vector it passes. The GIN indexes answer "which rows" without unpacking any, so this
        // transaction does without sequential scans where an index can serve (a one-letter fragment still scans).
        // The same statement asks which word pairs a CV must hold for the quoted phrases (V35) and, for a search of
        // everyone without filters, how many rows the planner expects the words to match (V36): see Reading.
        boolean unfiltered = searcher.findsEveryone() && filters.source() == null && !filters.onApplications();
        String text = filters.q();
        Object[] first = (Object[]) em.createNativeQuery("select cast(search_phrase_pairs(string_to_array(:phrases, chr(31))) "
                        + "as text), case when :unfiltered then search_name_matches(:frag, :q) end, "
                        + "(select reltuples from pg_class where oid = to_regclass('candidate')), "
                        + "case when :unfiltered then search_cv_matches(:q) end, "
                        + "(select reltuples from pg_class where oid = to_regclass('candidate_cv')), "
                        + "case when cast(websearch_to_tsquery('simple', :q) as text) = quote_literal(lower(:q)) "
                        + "then lower(:q) end "
                        + "from (select set_config('enable_seqscan', 'off', true)) s")
                .setParameter("phrases", String.join("\u001f", QuotedPhrases.requiredIn(text.replace('\u001f', ' '))))
                .setParameter("unfiltered", unfiltered)
                .setParameter("frag", fragment(text))
                .setParameter("q", text).getSingleResult();
        // The word as PostgreSQL lowercases it (and reads it: one lexeme, itself), the case the words are kept in.
        String word = Reading.plainWord(text) ? (String) first[5] : null;
        Reading reading = Reading.of((String) first[0], first[1], first[2], first[3], first[4], cap).withNameWord(word);
        return results(em, filters, searcher, request, cap, reading);
    }

    /** The search read as {@code reading} says (inside a transaction that has turned sequential scans off). */
    static Results results(EntityManager em, CandidateList.Filters filters, Searcher searcher, PageRequest request,
                           int cap, Reading reading) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = em.createNativeQuery(sql(filters, searcher, request, cap, reading, parameters));
        parameters.forEach(query::setParameter);
        List<Found> items = new ArrayList<>();
        long hitRows = 0;
        long found = 0;
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            hitRows = ((Number) row[0]).longValue();
            found = ((Number) row[1]).longValue();
            if (row[2] == null) {
                continue;
            }
            long id = ((Number) row[2]).longValue();
            CandidateList.Row listed = new CandidateList.Row(id, (String) row[3], (String) row[4],
                    Source.valueOf((String) row[5]), (String) row[6], row[7] == null ? null : Stage.valueOf((String) row[7]),
                    row[8] == null ? null : ApplicationStatus.valueOf((String) row[8]), ((Number) row[9]).intValue(),
                    SqlValues.instant(row[10]));
            String link = row[11] == null ? "/candidates/" + id : "/interviews/" + row[11];
            items.add(new Found(listed, link, snippet((String) row[12], (String) row[13])));
        }
        boolean more = hitRows > cap;
        return new Results(items, request.page(), request.size(), Math.min(found, cap), more);
    }

    /**
     * How the matches are read. {@code cvPairs}: the word pairs a CV must hold (null: no quoted phrase). For a word
     * or fragment most rows hold, the index's bitmap of every match costs more than the whole page should, so those
     * rows are read newest first until the cap instead ({@code newestNames}, {@code newestCvs}); a rare one is read
     * through its index. {@code nameWord}: the search is one plain word (letters and digits, as PostgreSQL reads it
     * too), so names and e-mails with a word starting with it come from the B-tree of their words (V42), newest first,
     * and stop at the cap however many there are; only the fragments inside a word ("kafo" in "Okafor") still come
     * from the trigram indexes, read only when the words did not reach the cap.
     */
    record Reading(String cvPairs, boolean newestNames, boolean newestCvs, String nameWord) {
        Reading(String cvPairs, boolean newestNames, boolean newestCvs) {
            this(cvPairs, newestNames, newestCvs, null);
        }

        Reading withNameWord(String word) {
            return new Reading(cvPairs, newestNames, newestCvs, word);
        }

        /** Letters and digits only: no operator, quote or space websearch_to_tsquery would read, no LIKE wildcard. */
        static boolean plainWord(String text) {
            return text != null && text.strip().matches("[\\p{L}\\p{N}]+");
        }

        /** Above this share of rows matching, reading newest first reaches the cap sooner than the index answers. */
        static final double COMMON = 0.5;

        /**
         * The reading for the planner's expected matching rows and the tables' sizes (nulls: not estimated). CVs
         * with a quoted phrase are read through its word pairs' index (V35): the words may be common while the
         * phrase is rare.
         */
        static Reading of(String cvPairs, Object nameMatches, Object candidates, Object cvMatches, Object cvs, int cap) {
            return new Reading(cvPairs, newestFirst(nameMatches, candidates, cap),
                    cvPairs == null && newestFirst(cvMatches, cvs, cap));
        }

        /**
         * Whether to read newest first: the planner expects most rows to match ({@link #COMMON}), and more of them
         * than the cap, so the page will say "more than" and rank only a sample in any case. Small teams' searches
         * are always read through the index, and their CV matches always ranked.
         */
        static boolean newestFirst(Object expectedMatches, Object rows, int cap) {
            if (expectedMatches == null || rows == null) {
                return false;
            }
            double matches = ((Number) expectedMatches).doubleValue();
            return matches > cap && matches >= COMMON * ((Number) rows).doubleValue();
        }
    }

    /**
     * A CV match's score, between 1 and 2 (below a note's or a card's): its rank; or, read newest first (a word in
     * most of many CVs, so the page says "more than" the cap and ranks only a sample anyway), its recency, so the
     * newest CVs come first and no vector is unpacked a second time to rank it.
     */
    private static String cvScore(Reading reading, String prose) {
        return reading.newestCvs() ? "1 + 0.5 * cast(v.id as double precision) / (select max(m.id) from candidate_cv m)"
                : "1 + ts_rank_cd(v.search_text, " + prose + ", 32)";
    }

    private static String fragment(String text) {
        return SqlValues.containing(text);
    }

    /** The search's one statement; its parameters are put in {@code parameters}. */
    static String sql(CandidateList.Filters filters, Searcher searcher, PageRequest request, int cap, Reading reading,
                      Map<String, Object> parameters) {
        String text = filters.q();
        String cvPairs = reading.cvPairs();
        parameters.put("q", text);
        parameters.put("exact", text.toLowerCase(Locale.ROOT));
        parameters.put("frag", fragment(text));
        parameters.put("me", searcher.userId());
        boolean everyone = searcher.findsEveryone();
        parameters.put("bound", cap + 1);
        parameters.put("size", request.size());
        parameters.put("offset", request.offset());
        parameters.put("headline", HEADLINE);
        if (cvPairs != null) {
            parameters.put("pairs", cvPairs);
        }
        if (reading.nameWord() != null) {
            parameters.put("word", reading.nameWord());
        }
        String onApplication = CandidateList.applicationConditions(filters, parameters);
        String prose = "websearch_to_tsquery('english', :q)";
        String names = "websearch_to_tsquery('simple', :q)";
        // "matches" is planned as if read whole (index scans, not a scan that hopes to stop early), but a
        // CTE is read only as far as "hits" asks: at most cap + 1 rows. So are newest_candidates and newest_cvs,
        // which hand over the newest rows until the cap is met.
        String sql = "with " + (reading.newestNames() ? "newest_candidates as materialized (select c.id, c.name, c.email, "
                + "c.search_name from candidate c order by c.id desc), " : "")
                + (reading.newestCvs() ? "newest_cvs as materialized (select v.id, v.candidate_id, v.search_text"
                + (cvPairs == null ? "" : ", v.search_pairs") + " from candidate_cv v order by v.id desc), " : "")
                + "matches as materialized (("
                + nameMatches(reading, names, everyone, filters, onApplication, parameters)
                + ") union all (select n.candidate_id, 'note', n.id, 2 + ts_rank_cd(n.search_body, " + prose + ", 32), "
                + "cast(null as text) "
                + "from candidate_note n where n.search_body @@ " + prose + " and "
                + scope("n.candidate_id", everyone, filters, onApplication, parameters)
                + ") union all (select y.candidate_id, 'card', s.id, 2 + ts_rank_cd(s.search_takeaways, " + prose + ", 32), "
                + "cast(null as text) "
                + "from scorecard s join application y on y.id = s.application_id where s.search_takeaways @@ " + prose
                + " and " + readableCard("s", everyone) + " and " + scope("y.candidate_id", everyone, filters, onApplication, parameters)
                + ") union all (select v.candidate_id, 'cv', v.id, " + cvScore(reading, prose) + ", cast(null as text) "
                + "from " + (reading.newestCvs() ? "newest_cvs" : "candidate_cv") + " v where v.search_text @@ " + prose + " and "
                + (cvPairs == null ? "" : "(v.search_pairs @@ cast(:pairs as tsquery) or v.search_pairs is null) and ")
                + scope("v.candidate_id", everyone, filters, onApplication, parameters)
                + ")), hits as (select * from matches limit :bound), "
                + "ranked as (select cid, sum(score) as score, "
                + "(array_agg(kind order by kind = 'name', score desc))[1] as kind, "
                + "(array_agg(src order by kind = 'name', score desc))[1] as src, max(sort_name) as sort_name "
                + "from hits group by cid), "
                + "counts as (select (select count(*) from hits) as hit_rows, (select count(*) from ranked) as found), "
                // Ordered by the name the name matches carry (looked up only for the others), so only the page's
                // rows are read from candidate: a common name's thousand matches cost no thousand look-ups.
                + "paged as (select r.cid, r.score, r.kind, r.src, c.name, c.email, c.source, c.created_at "
                + "from (select * from ranked r order by r.score desc, coalesce(r.sort_name, (select lower(n.name) "
                + "from candidate n where n.id = r.cid)), r.cid limit :size offset :offset) r "
                + "join candidate c on c.id = r.cid) "
                + "select k.hit_rows, k.found, p.cid, p.name, p.email, p.source, o.title, a.stage, a.status, "
                + "(select count(*) from application z where z.candidate_id = p.cid), "
                + "coalesce(greatest(a.stage_entered_at, (select max(e.occurred_at) from audit_entry e "
                + "where e.candidate_id = p.cid)), p.created_at), "
                + interviewLink("p.cid", everyone) + ", "
                + "p.kind, case p.kind "
                + "when 'note' then (select ts_headline('english', translate(t.body, " + sentinels() + "), " + prose
                + ", :headline) from candidate_note t where t.id = p.src) "
                + "when 'card' then (select ts_headline('english', translate(t.takeaways, " + sentinels() + "), " + prose
                + ", :headline) from scorecard t where t.id = p.src) "
                // A CV's snippet is looked for in its opening first (where most matches are, and a CV's whole text
                // costs ts_headline a third of a millisecond), and in the whole text only when the opening has none.
                + "when 'cv' then (select case when strpos(h.opening, chr(" + (int) SearchSnippet.START + ")) > 0 "
                + "then h.opening else ts_headline('english', translate(t.text, " + sentinels() + "), " + prose
                + ", :headline) end from candidate_cv t cross join lateral (select ts_headline('english', "
                + "translate(regexp_replace(left(t.text, " + CV_OPENING + "), '\\S*$', ''), " + sentinels() + "), " + prose + ", :headline) as opening) h "
                + "where t.id = p.src) end "
                + "from counts k left join paged p on true "
                + "left join lateral (select x.opening_id, x.stage, x.status, x.stage_entered_at from application x "
                + "where x.candidate_id = p.cid" + onApplication
                + " order by x.stage_entered_at desc, x.id desc limit 1) a on true "
                + "left join opening o on o.id = a.opening_id "
                + "order by p.score desc nulls last, lower(p.name), p.cid";
        return sql;
    }

    /**
     * The name and e-mail matches: the words or any fragment. For one plain word ({@link Reading#nameWord}), first the
     * candidates with a word starting with it from the words' B-tree (newest first; each candidate looked up on its own,
     * so the reading stops at the cap), then those matched only by a fragment inside a word, through the trigram
     * indexes. Together they are exactly the candidates whose name or e-mail contains the word, which includes those
     * the word matches as a word.
     */
    private static String nameMatches(Reading reading, String names, boolean everyone, CandidateList.Filters filters,
                                      String onApplication, Map<String, Object> parameters) {
        String columns = "select c.id as cid, 'name' as kind, c.id as src, "
                + "case when lower(c.name) = :exact or lower(c.email) = :exact then 10 else 0 end "
                + "+ case when lower(c.name) like :frag escape '\\' or lower(c.email) like :frag escape '\\' then 4 else 3 end "
                + "+ ts_rank_cd(c.search_name, " + names + ", 32) as score, lower(c.name) as sort_name ";
        String fragments = "(lower(c.name) like :frag escape '\\' or lower(c.email) like :frag escape '\\')";
        if (reading.nameWord() == null) {
            return columns + "from " + (reading.newestNames() ? "newest_candidates" : "candidate") + " c where (c.search_name @@ "
                    + names + " or " + fragments + ") and " + scope("c.id", everyone, filters, onApplication, parameters);
        }
        // "offset 0" keeps each candidate a look-up of its own: joined, the planner may read every candidate to hash them.
        return "select m.* from (select w.candidate_id from candidate_name_word w where w.word >= :word "
                + "and w.word < :word || chr(1114111) order by w.word desc, w.candidate_id desc) w "
                + "cross join lateral (" + columns + "from candidate c where c.id = w.candidate_id and "
                + scope("c.id", everyone, filters, onApplication, parameters) + " offset 0) m "
                + ") union all (" + columns + "from candidate c where " + fragments
                + " and not exists (select 1 from unnest(tsvector_to_array(c.search_name)) x (word) "
                + "where starts_with(x.word, :word)) and " + scope("c.id", everyone, filters, onApplication, parameters);
    }

    private static SearchSnippet snippet(String kind, String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String label = switch (kind) {
            case "note" -> "Note";
            case "card" -> "Takeaways";
            default -> "CV";
        };
        return new SearchSnippet(label, headline.strip());
    }

    /**
     * The sentinels are taken out of the source text, so only ts_headline's own marks become {@code <mark>}, and
     * angle brackets become the characters {@link SearchSnippet} turns back into escaped ones.
     */
    private static String sentinels() {
        return "chr(" + (int) SearchSnippet.START + ") || chr(" + (int) SearchSnippet.STOP + ") || '<>', '  ' || chr("
                + (int) SearchSnippet.LESS + ") || chr(" + (int) SearchSnippet.GREATER + ")";
    }

    /**
     * Whether the searcher may read this submitted card: their own; or, at a stage where they have submitted their
     * own card, everyone's; or, for admins, recruiters and hiring managers, everyone's unless they still owe a card
     * at that stage (independence first, as on the interview page).
     */
    private static String readableCard(String s, boolean everyone) {
        return "(" + s + ".interviewer_id = :me or exists (select 1 from scorecard m where m.application_id = "
                + s + ".application_id and m.stage = " + s + ".stage and m.interviewer_id = :me "
                + "and m.submitted_at is not null)" + (everyone ? " or not exists (select 1 from interview_assignment p "
                + "where p.application_id = " + s + ".application_id and p.stage = " + s + ".stage "
                + "and p.interviewer_id = :me and p.excused_at is null)" : "") + ")";
    }

    /**
     * Where an interviewer opens a result: their latest interview with the candidate ("application/stage"); null for
     * those who may open the candidate's page.
     */
    static String interviewLink(String candidateId, boolean everyone) {
        return everyone ? "cast(null as text)" : "(select ia.application_id || '/' || ia.stage "
                + "from interview_assignment ia join application w on w.id = ia.application_id where w.candidate_id = "
                + candidateId + " and ia.interviewer_id = :me order by ia.starts_at desc, ia.id desc limit 1)";
    }

    /**
     * The candidate passes the filters and the searcher may find them (an interviewer: only their own). Written out
     * per kind of searcher rather than as a parameter the planner folds: the search's planning time grows with every
     * subquery in its text.
     */
    static String scope(String candidateId, boolean everyone, CandidateList.Filters filters, String onApplication,
                        Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(everyone ? "true" : "exists (select 1 from interview_assignment ia "
                + "join application ya on ya.id = ia.application_id where ya.candidate_id = " + candidateId
                + " and ia.interviewer_id = :me)");
        if (filters.source() != null) {
            sql.append(" and exists (select 1 from candidate sc where sc.id = ").append(candidateId)
                    .append(" and sc.source = :source)");
            parameters.put("source", filters.source().name());
        }
        if (filters.onApplications()) {
            sql.append(" and exists (select 1 from application x where x.candidate_id = ").append(candidateId)
                    .append(onApplication).append(")");
        }
        return sql.toString();
    }
}
