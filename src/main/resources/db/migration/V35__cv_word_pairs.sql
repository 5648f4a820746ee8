-- Quoted phrases in the candidate search. A GIN index on a tsvector keeps no word positions, so for "grew the
-- partner channel" PostgreSQL finds every CV holding all four words and then reads each of those vectors to check
-- the order: at 100,000 sales CVs (which share their vocabulary) that is tens of thousands of vectors, over half a
-- second. Here each CV also gets the pairs of words that follow one another (stop words left out, as the phrase
-- operator leaves them out): "grew~partner", "partner~channel". A CV holding the phrase holds all its pairs, so the
-- pairs' own index narrows the CVs to check to those few that hold them all, and the phrase check itself stays
-- PostgreSQL's own.

-- The adjacent lexemes of a vector as pair tokens: each lexeme with the one at the next position that has one. A
-- pair longer than a lexeme may be is left out (queries leave it out the same way, so it is just not required). Null
-- when the pairs would not fit in one tsvector (a CV of tens of thousands of different words): the search checks
-- those CVs' word order without the pairs.
create function search_word_pairs(v tsvector) returns tsvector
    language sql immutable parallel safe as
$$
select case when sum(octet_length(p.pair) + 1) > 1000000 then null
            else coalesce(array_to_tsvector(array_agg(p.pair)), ''::tsvector) end
from (select distinct w.lexeme || '~' || w.next as pair
      from (select u.lexeme, lead(u.lexeme) over (order by p.pos) as next
            from unnest(v) u (lexeme, positions, weights), unnest(u.positions) p (pos)) w
      where w.next is not null and octet_length(w.lexeme) + octet_length(w.next) < 2040) p
$$;

-- What a CV must hold for it to contain all these phrases (each parsed as the search parses prose); null when no
-- phrase has two words.
create function search_phrase_pairs(phrases text[]) returns tsquery
    language sql immutable parallel safe as
$$
select cast(string_agg(distinct '''' || replace(replace(t.pair, '\', '\\'), '''', '''''') || '''', ' & ') as tsquery)
from unnest(phrases) f (phrase),
     unnest(tsvector_to_array(search_word_pairs(to_tsvector('english'::regconfig, f.phrase)))) t (pair)
$$;

alter table candidate_cv add column search_pairs tsvector generated always as (
    search_word_pairs(to_tsvector('english'::regconfig, coalesce(text, '')))) stored;
create index candidate_cv_search_pairs_idx on candidate_cv using gin (search_pairs);
create index candidate_cv_without_pairs_idx on candidate_cv (id) where search_pairs is null;
