-- Interviewer calibration, kept ready (issue 15, report 5): one row per card that counts (the newest submitted
-- revision of each interviewer on an application and stage) with what the report compares it to, so the report
-- sums rows instead of finding, for every card in the range, its newest revision, its first submission, its panel
-- and its interview. Kept in the same transaction by triggers on scorecard and interview_assignment; the
-- application's candidate and opening never change.
create table report_calibration_card (
    application_id     bigint      not null,
    stage              varchar(20) not null,
    interviewer_id     bigint      not null,
    candidate_id       bigint      not null,
    opening_id         bigint      not null,
    overall            integer     not null,
    saw_others         boolean,
    submitted_at       timestamptz not null,
    -- RoundDown.softThree, as report_soft_three (V30) counts it.
    soft               boolean     not null,
    -- When the card first went in (its first submitted revision), for the 24-hour promptness.
    first_submitted_at timestamptz not null,
    -- The panel: every counting card on the same application and stage, this one included.
    panel_total        integer     not null,
    panel_cards        integer     not null,
    panel_yes          integer     not null,
    -- The interviewer's assignment to this interview and when it ended (none if there was no assignment).
    interview_id       bigint,
    ended_at           timestamptz,
    primary key (application_id, stage, interviewer_id)
);
-- The whole report reads the rows of its date range from this index alone.
create index report_calibration_card_submitted_idx on report_calibration_card (submitted_at)
    include (interviewer_id, stage, candidate_id, opening_id, overall, saw_others, soft, first_submitted_at,
             panel_total, panel_cards, panel_yes, interview_id, ended_at);
create index report_calibration_card_opening_idx on report_calibration_card (opening_id, submitted_at);
create index report_calibration_card_interviewer_idx on report_calibration_card (interviewer_id, stage, submitted_at);

-- The rows of these applications (all applications when null), from their cards and assignments.
create function report_calibration_cards(p_application_ids bigint[]) returns setof report_calibration_card
    language sql stable as
$$
with submitted as (
    select s.* from scorecard s
    where s.submitted_at is not null and (p_application_ids is null or s.application_id = any (p_application_ids))),
card as (
    select distinct on (s.application_id, s.stage, s.interviewer_id) s.*
    from submitted s order by s.application_id, s.stage, s.interviewer_id, s.revision desc),
first as (
    select s.application_id, s.stage, s.interviewer_id, min(s.submitted_at) as first_submitted_at
    from submitted s group by 1, 2, 3)
select c.application_id, c.stage, c.interviewer_id, a.candidate_id, a.opening_id, c.overall, c.saw_others,
       c.submitted_at, report_soft_three(c.overall, c.ratings, c.mild_concerns), f.first_submitted_at,
       (sum(c.overall) over panel)::integer, (count(*) over panel)::integer,
       (count(*) filter (where c.overall >= 3) over panel)::integer,
       i.id, i.starts_at + i.duration_minutes * interval '1 minute'
from card c
join application a on a.id = c.application_id
join first f on f.application_id = c.application_id and f.stage = c.stage and f.interviewer_id = c.interviewer_id
left join interview_assignment i on i.application_id = c.application_id and i.stage = c.stage
    and i.interviewer_id = c.interviewer_id
window panel as (partition by c.application_id, c.stage)
$$;

create function report_calibration_refresh(p_application_ids bigint[]) returns void
    language plpgsql as
$$
begin
    if p_application_ids is not null then
        delete from report_calibration_card r where r.application_id = any (p_application_ids);
        insert into report_calibration_card select * from report_calibration_cards(p_application_ids);
    end if;
end;
$$;

-- Scorecards: a statement recomputes each application it touched once (a new card changes its whole panel).
create function report_calibration_cards_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform report_calibration_refresh(array(select distinct o.application_id from old_cards o));
    elsif tg_op = 'UPDATE' then
        perform report_calibration_refresh(array(select distinct n.application_id from new_cards n
                                                 union select o.application_id from old_cards o));
    else
        perform report_calibration_refresh(array(select distinct n.application_id from new_cards n
                                                 where n.submitted_at is not null));
    end if;
    return null;
end;
$$;

create trigger scorecard_report_calibration_inserted after insert on scorecard
    referencing new table as new_cards for each statement execute function report_calibration_cards_changed();
create trigger scorecard_report_calibration_updated after update on scorecard
    referencing old table as old_cards new table as new_cards
    for each statement execute function report_calibration_cards_changed();
create trigger scorecard_report_calibration_deleted after delete on scorecard
    referencing old table as old_cards for each statement execute function report_calibration_cards_changed();

-- Assignments: only a new, moved or removed interview changes a row (reminders and mail do not).
create function report_calibration_assignment_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update report_calibration_card r
        set interview_id = null, ended_at = null
        where r.application_id = old.application_id and r.stage = old.stage and r.interviewer_id = old.interviewer_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update report_calibration_card r
        set interview_id = new.id, ended_at = new.starts_at + new.duration_minutes * interval '1 minute'
        where r.application_id = new.application_id and r.stage = new.stage and r.interviewer_id = new.interviewer_id;
    end if;
    return null;
end;
$$;

create trigger interview_assignment_report_calibration after insert or delete
    or update of application_id, stage, interviewer_id, starts_at, duration_minutes on interview_assignment
    for each row execute function report_calibration_assignment_changed();

insert into report_calibration_card select * from report_calibration_cards(null);
