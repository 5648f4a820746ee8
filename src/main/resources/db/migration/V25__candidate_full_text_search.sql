-- Full-text search over candidates: names and e-mails, notes, CV text and scorecard takeaways.
--
-- Each source keeps its own tsvector as a stored generated column, so PostgreSQL recomputes it in the same
-- statement whenever the text changes (insert, update, and a deleted row takes its vector with it): no trigger
-- to forget, and no copy of the text that could go stale. Separate vectors rather than one per candidate,
-- because not everyone may read every source: a scorecard's takeaways are searchable only by those who may read
-- that card (the search query joins the card visibility rule), while names, notes and CVs follow the candidate.
--
-- Names and e-mails use the 'simple' configuration: no stemming and no stop words, so "Will" or "May" stay
-- findable and "Jonas" is not cut to "jona". Prose (notes, takeaways, CVs) uses 'english': "managed" finds
-- "manage" and "management", and stop words keep the CV vectors small. Weights: names and e-mails A, notes and
-- takeaways B, CV text C, so ts_rank_cd with its default weights ranks a name above a note above a CV.
-- Fragments of a name or e-mail ("okaf", "@acme") still match through the trigram indexes of V1.

alter table candidate add column search_name tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, name), 'A')
    || setweight(to_tsvector('simple'::regconfig, replace(replace(email, '@', ' '), '.', ' ')), 'A')) stored;
create index candidate_search_name_idx on candidate using gin (search_name);

alter table candidate_note add column search_body tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, body), 'B')) stored;
create index candidate_note_search_idx on candidate_note using gin (search_body);

alter table candidate_cv add column search_text tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(text, '')), 'C')) stored;
create index candidate_cv_search_idx on candidate_cv using gin (search_text);

-- Only submitted cards are searchable: a draft is nobody's to read but its author's, and not yet a takeaway.
alter table scorecard add column search_takeaways tsvector generated always as (
    case when submitted_at is null then ''::tsvector
         else setweight(to_tsvector('english'::regconfig, coalesce(takeaways, '')), 'B') end) stored;
create index scorecard_search_idx on scorecard using gin (search_takeaways);

