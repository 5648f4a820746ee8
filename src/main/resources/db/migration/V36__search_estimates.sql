-- The candidate search reads matches up to a cap. For a word in most CVs, or a fragment of most e-mail addresses
-- ("@example.com"), building the index's bitmap of every match costs more than reading the newest rows one by one
-- until the cap is reached; for a rare one it is the other way round. The planner's own estimate (from ANALYZE's
-- statistics) tells the two apart at the cost of planning one small query. (Volatile: EXPLAIN may not run in a
-- stable function.)

-- How many candidates the planner expects to match the fragment pattern or the words by name or e-mail.
create function search_name_matches(fragment text, words text) returns double precision
    language plpgsql volatile as
$$
declare
    plan json;
begin
    execute 'explain (format json) select 1 from candidate c where c.search_name @@ websearch_to_tsquery(''simple'', $2) '
            || 'or lower(c.name) like $1 escape ''\'' or lower(c.email) like $1 escape ''\'''
        into plan using fragment, words;
    return (plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
end;
$$;

-- How many CVs the planner expects to hold the words.
create function search_cv_matches(words text) returns double precision
    language plpgsql volatile as
$$
declare
    plan json;
begin
    execute 'explain (format json) select 1 from candidate_cv v where v.search_text @@ websearch_to_tsquery(''english'', $1)'
        into plan using words;
    return (plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
end;
$$;
