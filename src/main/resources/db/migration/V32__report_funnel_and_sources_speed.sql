-- The funnel, time-to-hire and sources reports at 100,000 candidates. Both funnel-like reports count an application
-- once per stage; grouping every stay by application and stage to do that sorted the whole period on every page view,
-- yet an application comes back to a stage only after a move back, which is rare. repeated marks the stays of an
-- (application, stage) pair with more than one stay: the reports take every other stay as it is, straight from an
-- index, and group only these. Kept by a trigger on report_stage_visit inserts (a stay's application and stage
-- never change afterwards).
alter table report_stage_visit add column repeated boolean not null default false;

update report_stage_visit v set repeated = true
where (v.application_id, v.stage) in (select application_id, stage from report_stage_visit
                                      group by application_id, stage having count(*) > 1);

-- The sources report follows the applications made in a period to the furthest stage each reached, by the candidate's
-- source: one row per application (and applied_at, which its stays carry) instead of all its stays joined to
-- application and candidate. Kept by the same trigger, and by triggers on the candidate's source and the
-- application's candidate.
create table report_application_reach (
    application_id bigint      not null,
    applied_at     timestamptz not null,
    opening_id     bigint      not null,
    source         varchar(20) not null,
    -- report_stage_order of the furthest stage among the application's stays with this applied_at
    furthest       integer     not null,
    primary key (application_id, applied_at)
);

insert into report_application_reach (application_id, applied_at, opening_id, source, furthest)
select v.application_id, v.applied_at, min(v.opening_id), min(c.source), max(report_stage_order(v.stage))
from report_stage_visit v
join application a on a.id = v.application_id
join candidate c on c.id = a.candidate_id
group by v.application_id, v.applied_at;

create index report_application_reach_applied_idx on report_application_reach (applied_at)
    include (application_id, opening_id, source, furthest);

create function report_stage_visit_added() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from report_stage_visit v
                where v.application_id = new.application_id and v.stage = new.stage and v.id <> new.id) then
        update report_stage_visit set repeated = true
         where application_id = new.application_id and stage = new.stage and not repeated;
    end if;
    insert into report_application_reach (application_id, applied_at, opening_id, source, furthest)
    select new.application_id, new.applied_at, new.opening_id, c.source, report_stage_order(new.stage)
    from application a join candidate c on c.id = a.candidate_id
    where a.id = new.application_id
    on conflict (application_id, applied_at)
        do update set furthest = greatest(report_application_reach.furthest, excluded.furthest);
    return null;
end;
$$;

create trigger report_stage_visit_added
    after insert on report_stage_visit
    for each row execute function report_stage_visit_added();

create function report_application_reach_source() returns trigger
    language plpgsql as
$$
begin
    update report_application_reach r set source = c.source
    from application a join candidate c on c.id = a.candidate_id
    where a.id = r.application_id
      and (tg_table_name = 'candidate' and a.candidate_id = new.id or tg_table_name = 'application' and a.id = new.id);
    return null;
end;
$$;

create trigger report_application_reach_source
    after update of source on candidate
    for each row when (old.source is distinct from new.source)
    execute function report_application_reach_source();

create trigger report_application_reach_candidate
    after update of candidate_id on application
    for each row when (old.candidate_id is distinct from new.candidate_id)
    execute function report_application_reach_source();

-- The funnel and time to hire read one stage's stays of a period at a time (no sort to group them by stage).
create index report_stage_visit_stage_idx on report_stage_visit (stage, entered_at)
    include (application_id, opening_id, applied_at, left_at, outcome, repeated);

-- The few stays of applications that came back to a stage, grouped by application as before.
create index report_stage_visit_repeated_idx on report_stage_visit (stage, entered_at) where repeated;

-- The funnel's reasons read only the stays that ended in a rejection or a withdrawal.
create index report_stage_visit_dropped_idx on report_stage_visit (entered_at)
    include (application_id, opening_id, stage, outcome, reason_category, repeated)
    where outcome in ('REJECTED', 'WITHDRAWN');
