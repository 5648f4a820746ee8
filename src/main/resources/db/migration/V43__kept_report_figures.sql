-- A report's statement reads a year of stays, cards and SuperDays with medians and percentiles: 20 ms to a second and
-- a half of PostgreSQL's work per view, though most views ask again what nothing has changed since. An instance keeps
-- a statement's rows with the snapshot they were read under, and uses them only while no transaction that is visible
-- now but was not in that snapshot has written to a table the reports read: every such write notes its transaction in
-- report_change (statement triggers, one row per transaction, so writers never wait on each other or on a counter).
-- Kept rows are therefore what the statement would return now, whichever instance kept them.
create table report_change (
    xid xid8 primary key
);

-- Changes below `below` have been forgotten: rows read under an older snapshot are not used. Once an hour the floor
-- rises to where it was taken an hour before (next_xmin, taken at next_at), so rows kept for less than an hour stay.
create table report_change_floor (
    only_row  boolean primary key default true check (only_row),
    below     xid8        not null,
    next_xmin xid8        not null,
    next_at   timestamptz not null
);
insert into report_change_floor (below, next_xmin, next_at)
values (pg_snapshot_xmin(pg_current_snapshot()), pg_snapshot_xmin(pg_current_snapshot()), now());

create function report_change_noted() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (xid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end;
$$;

-- The tables the reports' statements read (a test holds this list to the statements kept).
do
$$
    declare
        t text;
    begin
        foreach t in array array ['app_user', 'application', 'application_event', 'candidate', 'decision',
            'interview_assignment', 'offer', 'opening', 'quarterly_attainment', 'ramp_guarantee',
            'report_application_reach', 'report_calibration_card', 'report_card_result', 'report_stage_visit',
            'report_superday', 'report_superday_panel', 'scorecard', 'superday', 'team_member']
            loop
                execute format('create trigger report_change_noted after insert or update or delete or truncate on %I '
                                   || 'for each statement execute function report_change_noted()', t);
            end loop;
    end
$$;
