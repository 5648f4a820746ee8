-- The sources report follows the applications made in a period (by when they applied) to the furthest stage each
-- reached since; every stay carries applied_at, so this finds all stays of those applications in one range scan.
create index report_stage_visit_applied_idx on report_stage_visit (applied_at)
    include (opening_id, application_id, stage);
