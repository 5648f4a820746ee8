-- The queues read the oldest active applications of a stage first, a hundred at most: "Offers underway" (one stage)
-- and "Ready for a decision" (the interview stages, whose cards must all be in). At 100,000 applications each sorted
-- every active application of those stages on every view (84 and 178 ms); these let them stop at the hundredth.
create index application_active_stage_idx on application (stage, stage_entered_at, id) where status = 'ACTIVE';
create index application_waiting_idx on application (stage_entered_at)
    where status = 'ACTIVE' and stage in ('CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY');
