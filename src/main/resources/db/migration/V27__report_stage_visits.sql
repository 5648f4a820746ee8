-- Reports read how long applications spend in each stage and how each stay ended. Working that out from
-- application_event on every page view means sorting every event of the period; instead each stay in a stage is
-- one row here, kept up to date by a trigger on application_event in the same transaction as the event (so every
-- path that records an event, the app, demo data and the synthetic loader alike, keeps it right).
create table report_stage_visit (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    opening_id      bigint      not null references opening (id),
    stage           varchar(20) not null,
    applied_at      timestamptz not null,
    entered_at      timestamptz not null,
    -- null while the application is still in the stage (a hire stays in HIRED for good)
    left_at         timestamptz,
    outcome         varchar(20) check (outcome in ('MOVED_ON', 'MOVED_BACK', 'REJECTED', 'WITHDRAWN')),
    next_stage      varchar(20),
    reason_category varchar(40),
    constraint report_stage_visit_closed_has_outcome check ((left_at is null) = (outcome is null))
);
-- At most one open stay per application; REOPENED opens the latest stay again.
create unique index report_stage_visit_open_key on report_stage_visit (application_id) where left_at is null;
create index report_stage_visit_application_idx on report_stage_visit (application_id, entered_at);
-- Reports filter by when a stay began, then group by stage; the covering columns spare a visit to the heap.
create index report_stage_visit_entered_idx on report_stage_visit (entered_at, stage)
    include (opening_id, application_id, applied_at, left_at, outcome, reason_category);
create index report_stage_visit_opening_idx on report_stage_visit (opening_id, entered_at);

create function report_stage_order(stage varchar) returns integer
    language sql immutable as
$$
select array_position(array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED']::varchar[], stage)
$$;

create function report_record_event(p_application_id bigint, p_kind varchar, p_occurred_at timestamptz,
                                    p_from_stage varchar, p_to_stage varchar, p_to_status varchar,
                                    p_reason_category varchar) returns void
    language plpgsql as
$$
declare
    v_opening_id bigint;
    v_applied_at timestamptz;
    v_latest     bigint;
begin
    if p_kind = 'APPLIED' then
        select a.opening_id, a.created_at into v_opening_id, v_applied_at from application a where a.id = p_application_id;
        insert into report_stage_visit (application_id, opening_id, stage, applied_at, entered_at)
        values (p_application_id, v_opening_id, p_to_stage, least(v_applied_at, p_occurred_at), p_occurred_at);
    elsif p_to_status in ('REJECTED', 'WITHDRAWN') then
        update report_stage_visit
           set left_at = p_occurred_at, outcome = p_to_status, reason_category = p_reason_category
         where application_id = p_application_id and left_at is null;
    elsif p_kind = 'REOPENED' then
        select v.id into v_latest from report_stage_visit v
         where v.application_id = p_application_id order by v.entered_at desc, v.id desc limit 1;
        update report_stage_visit
           set left_at = null, outcome = null, next_stage = null, reason_category = null
         where id = v_latest and stage = p_to_stage
           and not exists (select 1 from report_stage_visit o where o.application_id = p_application_id and o.left_at is null);
    elsif p_to_stage is distinct from p_from_stage then
        update report_stage_visit
           set left_at = p_occurred_at, next_stage = p_to_stage,
               outcome = case when report_stage_order(p_to_stage) > report_stage_order(stage) then 'MOVED_ON' else 'MOVED_BACK' end
         where application_id = p_application_id and left_at is null
        returning opening_id, applied_at into v_opening_id, v_applied_at;
        if v_opening_id is null then
            select a.opening_id, a.created_at into v_opening_id, v_applied_at from application a where a.id = p_application_id;
        end if;
        insert into report_stage_visit (application_id, opening_id, stage, applied_at, entered_at)
        values (p_application_id, v_opening_id, p_to_stage, least(v_applied_at, p_occurred_at), p_occurred_at);
    end if;
end;
$$;

create function report_stage_visit_follows_event() returns trigger
    language plpgsql as
$$
begin
    perform report_record_event(new.application_id, new.kind, new.occurred_at, new.from_stage, new.to_stage,
                                new.to_status, new.reason_category);
    return null;
end;
$$;

-- Replays the history recorded so far, oldest first per application.
do
$$
declare
    e record;
begin
    for e in select * from application_event order by application_id, occurred_at, id loop
        perform report_record_event(e.application_id, e.kind, e.occurred_at, e.from_stage, e.to_stage, e.to_status,
                                    e.reason_category);
    end loop;
end;
$$;

create trigger report_stage_visit_follows_event
    after insert on application_event
    for each row execute function report_stage_visit_follows_event();
