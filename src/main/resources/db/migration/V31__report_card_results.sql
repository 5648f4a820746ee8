-- Each application's rounded-down result per interview stage and per criterion, as RoundDown counts them: the cards
-- that count are the latest submitted revision of each interviewer, and a result is their mean rounded down (a
-- 2.5 is a 2). criterion_key '' is the stage's overall result. Kept by statement triggers on scorecard (a bulk
-- insert recomputes each application it touched once), so the predictors report reads a few rows per hire instead
-- of every card and its ratings.
create table report_card_result (
    application_id bigint       not null,
    stage          varchar(20)  not null,
    criterion_key  varchar(200) not null,
    criterion_name varchar(200),
    culture        boolean      not null,
    result         integer      not null,
    -- The report joins hires to their results and reads every column but the key from the index alone.
    primary key (application_id, stage, criterion_key) include (culture, result, criterion_name)
);

-- The results of these applications, from their counting cards and the criteria of the kits those cards used.
create function report_card_results(p_application_ids bigint[])
    returns table (application_id bigint, stage varchar, criterion_key varchar, criterion_name varchar,
                   culture boolean, result integer)
    language sql stable as
$$
with card as (
    select distinct on (s.application_id, s.stage, s.interviewer_id)
           s.application_id, s.stage, s.overall, s.ratings, s.kit_id
    from scorecard s
    where s.application_id = any (p_application_ids) and s.submitted_at is not null
    order by s.application_id, s.stage, s.interviewer_id, s.revision desc)
select c.application_id, c.stage, ''::varchar, null::varchar, c.stage = 'CULTURE', floor(avg(c.overall))::integer
from card c
group by c.application_id, c.stage
union all
select c.application_id, c.stage, k.key, max(k.name), bool_or(k.culture), floor(avg(k.score))::integer
from card c
cross join lateral (
    select (e ->> 'key')::varchar as key, (e ->> 'name')::varchar as name,
           coalesce((e ->> 'culture')::boolean, false) as culture,
           (c.ratings -> (e ->> 'key') ->> 'score')::integer as score
    from interview_kit ik cross join jsonb_array_elements(ik.criteria) e
    where ik.id = c.kit_id) k
where k.score is not null
group by c.application_id, c.stage, k.key
$$;

create function report_card_results_changed() returns trigger
    language plpgsql as
$$
declare
    v_ids bigint[];
begin
    select array_agg(distinct n.application_id) into v_ids from new_cards n where n.submitted_at is not null;
    if v_ids is not null then
        delete from report_card_result r where r.application_id = any (v_ids);
        insert into report_card_result (application_id, stage, criterion_key, criterion_name, culture, result)
        select * from report_card_results(v_ids);
    end if;
    return null;
end;
$$;

-- A trigger with a transition table serves one event, so inserts and updates (a draft submitted) get one each.
create trigger scorecard_report_results_inserted after insert on scorecard
    referencing new table as new_cards for each statement execute function report_card_results_changed();
create trigger scorecard_report_results_updated after update on scorecard
    referencing new table as new_cards for each statement execute function report_card_results_changed();

insert into report_card_result (application_id, stage, criterion_key, criterion_name, culture, result)
select * from report_card_results(array(select distinct s.application_id from scorecard s where s.submitted_at is not null));

-- The report finds hires from their openings (a hiring manager's scope) through the offer to the roster.
create index team_member_offer_idx on team_member (offer_id);
