-- Interviewer calibration (issue 15, report 5).

-- The soft-three rule of scorecard/RoundDown.softThree, for reports that count cards in SQL: an overall 3 that carries
-- mild concerns, or whose assessed criteria (those with a score) average below 3. A test keeps the two in step.
create function report_soft_three(overall integer, ratings jsonb, mild_concerns text) returns boolean
    language sql immutable as $$
    select coalesce(overall = 3 and (
        coalesce(mild_concerns ~ '[^[:space:]]', false)
        or coalesce((select sum((r.value ->> 'score')::integer) < 3 * count(*)
                     from jsonb_each(ratings) r
                     where jsonb_typeof(r.value -> 'score') = 'number'), false)), false)
$$;

-- The report picks the cards submitted in a date range, then the panel (every counting card) of the same
-- application and stage; both look up the newest submitted revision per interviewer.
create index scorecard_submitted_idx on scorecard (submitted_at) where submitted_at is not null;
create index scorecard_panel_idx on scorecard (application_id, stage, interviewer_id, revision)
    include (overall) where submitted_at is not null;
