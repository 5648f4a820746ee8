-- The openings list shows, for each opening, how many applications in the running (and hires) are at each stage.
-- Counting them per page view grouped 500,000 applications' rows for 50 openings (about 5 ms a view at 100,000
-- candidates). opening_stage_count keeps the counts, one row per opening, changed by statement triggers in the same
-- transaction as the applications; the list reads 50 rows.
--
-- One row per opening, so moving an application takes one row lock, never two; statements that touch several openings
-- take their locks in opening order (the insert below is sorted), so two of them cannot deadlock on the counts.
-- No application is written between the counting below and the triggers that keep the counts from then on.
lock table application in share row exclusive mode;

create table opening_stage_count (
    opening_id bigint primary key references opening (id),
    applied    integer not null default 0,
    culture    integer not null default 0,
    technical  integer not null default 0,
    small_team integer not null default 0,
    superday   integer not null default 0,
    offer      integer not null default 0,
    hired      integer not null default 0
);

insert into opening_stage_count (opening_id, applied, culture, technical, small_team, superday, offer, hired)
select o.id,
       count(*) filter (where a.stage = 'APPLIED'),
       count(*) filter (where a.stage = 'CULTURE'),
       count(*) filter (where a.stage = 'TECHNICAL'),
       count(*) filter (where a.stage = 'SMALL_TEAM'),
       count(*) filter (where a.stage = 'SUPERDAY'),
       count(*) filter (where a.stage = 'OFFER'),
       count(*) filter (where a.stage = 'HIRED')
from opening o
left join application a on a.opening_id = o.id and a.status in ('ACTIVE', 'HIRED')
group by o.id;

-- Adds the net change of a statement: for each application row, +1 where it is counted now and -1 where it was
-- counted before. Stages whose net change is nothing are left alone, and an opening with none is not written at all.
create function opening_stage_count_add(p_openings bigint[], p_stages varchar[], p_deltas integer[]) returns void
    language sql as
$$
insert into opening_stage_count as c (opening_id, applied, culture, technical, small_team, superday, offer, hired)
select opening_id,
       coalesce(sum(n) filter (where stage = 'APPLIED'), 0),
       coalesce(sum(n) filter (where stage = 'CULTURE'), 0),
       coalesce(sum(n) filter (where stage = 'TECHNICAL'), 0),
       coalesce(sum(n) filter (where stage = 'SMALL_TEAM'), 0),
       coalesce(sum(n) filter (where stage = 'SUPERDAY'), 0),
       coalesce(sum(n) filter (where stage = 'OFFER'), 0),
       coalesce(sum(n) filter (where stage = 'HIRED'), 0)
from (select opening_id, stage, sum(delta) as n
      from unnest(p_openings, p_stages, p_deltas) as change(opening_id, stage, delta)
      group by opening_id, stage
      having sum(delta) <> 0) net
group by opening_id
order by opening_id
on conflict (opening_id) do update
    set applied = c.applied + excluded.applied, culture = c.culture + excluded.culture,
        technical = c.technical + excluded.technical, small_team = c.small_team + excluded.small_team,
        superday = c.superday + excluded.superday, offer = c.offer + excluded.offer, hired = c.hired + excluded.hired
$$;

-- Statement triggers with the statement's rows before and after: a bulk insert of 500,000 applications writes each
-- opening's counts once, not once per row.
create function opening_stage_count_follows_applications() returns trigger
    language plpgsql as
$$
declare
    openings bigint[];
    stages varchar[];
    deltas integer[];
begin
    if tg_op = 'INSERT' then
        select array_agg(opening_id), array_agg(stage), array_agg(1) into openings, stages, deltas
        from new_rows where status in ('ACTIVE', 'HIRED');
    elsif tg_op = 'DELETE' then
        select array_agg(opening_id), array_agg(stage), array_agg(-1) into openings, stages, deltas
        from old_rows where status in ('ACTIVE', 'HIRED');
    else
        select array_agg(opening_id), array_agg(stage), array_agg(delta) into openings, stages, deltas
        from (select opening_id, stage, 1 as delta from new_rows where status in ('ACTIVE', 'HIRED')
              union all
              select opening_id, stage, -1 from old_rows where status in ('ACTIVE', 'HIRED')) change;
    end if;
    if openings is not null then
        perform opening_stage_count_add(openings, stages, deltas);
    end if;
    return null;
end;
$$;

create trigger opening_stage_count_on_insert
    after insert on application referencing new table as new_rows
    for each statement execute function opening_stage_count_follows_applications();

create trigger opening_stage_count_on_update
    after update on application referencing old table as old_rows new table as new_rows
    for each statement execute function opening_stage_count_follows_applications();

create trigger opening_stage_count_on_delete
    after delete on application referencing old table as old_rows
    for each statement execute function opening_stage_count_follows_applications();
