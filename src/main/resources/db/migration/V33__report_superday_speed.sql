-- Reports 4, 6 and 7 at 100,000 candidates: no statement of theirs reads every application or every card.
--
-- The decision clock counts live SuperDays by the day they ended, per opening: report_superday keeps each SuperDay's
-- application, opening and end (and whether it is live) so the clock reads one narrow index instead of joining every
-- SuperDay to its application. Kept by a row trigger on superday (an application's opening never changes).
create table report_superday (
    superday_id    bigint                   not null primary key references superday (id) on delete cascade,
    application_id bigint                   not null,
    opening_id     bigint                   not null,
    ends_at        timestamp with time zone not null,
    live           boolean                  not null
);
create index report_superday_ended_idx on report_superday (ends_at) include (opening_id, application_id) where live;
-- The offers report reads the end of each offer's live SuperDay.
create index report_superday_application_idx on report_superday (application_id) include (ends_at) where live;

create function report_superday_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_superday (superday_id, application_id, opening_id, ends_at, live)
    select new.id, new.application_id, a.opening_id, new.ends_at, new.status <> 'CANCELLED'
    from application a where a.id = new.application_id
    on conflict (superday_id) do update set ends_at = excluded.ends_at, live = excluded.live;
    return null;
end;
$$;

create trigger superday_report_changed after insert or update of ends_at, status on superday
    for each row execute function report_superday_changed();

insert into report_superday (superday_id, application_id, opening_id, ends_at, live)
select s.id, s.application_id, a.opening_id, s.ends_at, s.status <> 'CANCELLED'
from superday s join application a on a.id = s.application_id;

-- Whether an undecided SuperDay is still waiting (its application active at the SuperDay stage), from a small index.
create index application_superday_waiting_idx on application (id) where status = 'ACTIVE' and stage = 'SUPERDAY';

-- The decision clock's panels read one row per SuperDay application instead of every
-- reviewer's revisions: the lowest and highest overall of the counting SuperDay cards (the latest submitted revision
-- of each reviewer) and their mean rounded down (RoundDown.divergent and RoundDown.of), kept by statement triggers on
-- scorecard like report_card_result (V31), so a bulk insert recomputes each application it touched once.
create table report_superday_panel (
    application_id bigint  not null primary key,
    lowest         integer not null,
    highest        integer not null,
    result         integer not null
);

create function report_superday_panels(p_application_ids bigint[])
    returns table (application_id bigint, lowest integer, highest integer, result integer)
    language sql stable as
$$
select c.application_id, min(c.overall), max(c.overall), floor(avg(c.overall))::integer
from (select distinct on (s.application_id, s.interviewer_id) s.application_id, s.overall
      from scorecard s
      where s.application_id = any (p_application_ids) and s.stage = 'SUPERDAY' and s.submitted_at is not null
      order by s.application_id, s.interviewer_id, s.revision desc) c
group by c.application_id
$$;

create function report_superday_panels_changed() returns trigger
    language plpgsql as
$$
declare
    v_ids bigint[];
begin
    select array_agg(distinct n.application_id) into v_ids
    from new_cards n where n.stage = 'SUPERDAY' and n.submitted_at is not null;
    if v_ids is not null then
        delete from report_superday_panel p where p.application_id = any (v_ids);
        insert into report_superday_panel (application_id, lowest, highest, result)
        select * from report_superday_panels(v_ids);
    end if;
    return null;
end;
$$;

create trigger scorecard_report_panels_inserted after insert on scorecard
    referencing new table as new_cards for each statement execute function report_superday_panels_changed();
create trigger scorecard_report_panels_updated after update on scorecard
    referencing new table as new_cards for each statement execute function report_superday_panels_changed();

insert into report_superday_panel (application_id, lowest, highest, result)
select * from report_superday_panels(array(select distinct s.application_id from scorecard s
                                           where s.stage = 'SUPERDAY' and s.submitted_at is not null));

-- SuperDay money per hire counts the hires of the range: a few thousand index-only rows instead of every stay.
create index report_stage_visit_hired_idx on report_stage_visit (entered_at) include (opening_id, application_id)
    where stage = 'HIRED';
