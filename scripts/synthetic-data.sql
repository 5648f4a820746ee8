-- Adds :n synthetic candidates, each with one application, to a Rounddown database, for benchmarks and reports.
-- Spread over one opening per 500 candidates (at least 5) and the last two and a half years, every stage (more
-- early than late, as in a real funnel), with rejections, withdrawals and a full event history per application.
-- Each candidate also gets a CV, written by synthetic-cvs.sql in a session of its own while this one goes on.
-- So that every report has data: interviewers (a few harsh, a few lenient) with assignments and submitted
-- scorecards for each interview stage an application went through (some late, some written after seeing the
-- others' cards), SuperDays with fees (some donated, some cancelled with a cancellation fee, past ones paid),
-- decisions (most within 48 hours, some later), offers (sent, accepted, declined), and hires on their hiring
-- managers' team rosters with quarterly quota attainment and some leavers. Hires whose SuperDay went better reach
-- quota more often, and those whose culture interview went better stay more often, so the predictors report
-- has something to find.
--
--   scripts/load-synthetic-data 100000        (runs this file and synthetic-cvs.sql with psql in the app's schema)
--
-- Safe to run again: every run adds new rows with e-mail addresses of its own (with the run's tag, digits). The
-- candidates are committed first, so that their CVs can be written alongside the rest, which is one transaction.
begin;

create temporary table synthetic_run as
select (:'tag')::text as tag, (:n)::int as n;

create temporary table synthetic_opening as
with inserted as (
    insert into opening (title, role_type, hiring_manager, status)
    select 'Synthetic ' || (array ['Technical Account Executive', 'Technical Account Manager',
                                   'Customer Success Manager', 'Business Development Rep', 'Sales team lead'])[1 + g % 5]
               || ' #' || g || ' (' || r.tag || ')',
           (array ['TECHNICAL_ACCOUNT_EXECUTIVE', 'TECHNICAL_ACCOUNT_MANAGER', 'CUSTOMER_SUCCESS_MANAGER',
                   'BUSINESS_DEVELOPMENT_REP', 'SALES_TEAM_LEAD'])[1 + g % 5],
           'Synthetic Manager ' || (1 + g % 7),
           'OPEN'
    from synthetic_run r, generate_series(1, greatest(5, r.n / 500)) g
    returning id)
select id, row_number() over (order by id) - 1 as k, count(*) over () as total from inserted;

create temporary table synthetic_candidate as
with inserted as (
    insert into candidate (name, email, time_zone, source)
    select (array ['Amara', 'Ben', 'Chloe', 'Dmitri', 'Elena', 'Farah', 'Gabriel', 'Hana', 'Isaac', 'Jonas', 'Keiko',
                   'Liam', 'Maya', 'Nikhil', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Samir', 'Tessa'])[1 + g % 20]
               || ' ' || (array ['Okafor', 'Lindqvist', 'Moreau', 'Ivanova', 'Costa', 'Haddad', 'Schmidt', 'Tanaka',
                                 'Brennan', 'Novak', 'Alvarez', 'Mensah', 'Kowalski', 'Dubois', 'Nakamura', 'Rossi',
                                 'Fischer', 'Silva', 'Yilmaz', 'Hughes'])[1 + (g / 20) % 20],
           'synthetic-' || r.tag || '-' || g || '@example.test',
           (array ['Europe/London', 'America/New_York', 'Europe/Berlin', 'America/Los_Angeles', 'Europe/Lisbon',
                   'America/Chicago'])[1 + g % 6],
           (array ['INBOUND', 'OUTBOUND', 'REFERRAL', 'PRODUCT_LED', 'AGENCY'])[1 + g % 5]
    from synthetic_run r, generate_series(1, r.n) g
    returning id)
select id, row_number() over (order by id) as g from inserted;

commit;
begin;

-- People: hiring managers (one per seven openings or so) and interviewers (one per 1000 candidates, at least 12).
-- They cannot sign in (no password) until an admin sends them a link. Every tenth interviewer is harsh, and the
-- one after is lenient: their cards sit a point below or above the panel's about half of the time.
create temporary table synthetic_person on commit drop as
with wanted as (
    select 'HIRING_MANAGER' as role, g, 'Synthetic Manager ' || g as name
    from synthetic_run r, generate_series(1, greatest(3, least(50, r.n / 2000))) g
    union all
    select 'INTERVIEWER', g, (array ['Ines', 'Tomas', 'Priya', 'Kofi', 'Lena', 'Mateo', 'Sofia', 'Yusuf', 'Aiko',
                                     'Noor', 'Oskar', 'Zara'])[1 + g % 12] || ' Panel ' || g
    from synthetic_run r, generate_series(1, greatest(12, r.n / 1000)) g),
inserted as (
    insert into app_user (name, email, time_zone, password_hash)
    select w.name || ' (' || r.tag || ')', 'synthetic-' || lower(w.role) || '-' || w.g || '-' || r.tag || '@example.test',
           'Europe/London', null
    from wanted w, synthetic_run r
    returning id, email)
select i.id, w.role, w.g - 1 as k,
       case when w.role = 'INTERVIEWER' and w.g % 10 = 0 then -1 when w.role = 'INTERVIEWER' and w.g % 10 = 1 then 1
            else 0 end as bias
from inserted i join synthetic_run r on true
join wanted w on i.email = 'synthetic-' || lower(w.role) || '-' || w.g || '-' || r.tag || '@example.test';

insert into app_user_role (user_id, role) select id, role from synthetic_person;

create temporary table synthetic_manager on commit drop as
select id, k, count(*) over () as total from synthetic_person where role = 'HIRING_MANAGER';
create temporary table synthetic_interviewer on commit drop as
select id, k, bias, count(*) over () as total from synthetic_person where role = 'INTERVIEWER';
create index on synthetic_interviewer (k);

update opening o set hiring_manager_id = m.id, hiring_manager = u.name
from synthetic_opening so, synthetic_manager m, app_user u
where o.id = so.id and m.k = so.k % m.total and u.id = m.id;

-- Stage index 0..6 drawn so that about half are still early in the funnel; status mostly active. Each application
-- moves every step_days days (6 to 11, so a SuperDay and its decision fit inside a step); step k starts at
-- created_at + k * step_days. A quality per application (0..99) makes the better candidates do better at the
-- SuperDay and later on the job.
create temporary table synthetic_application on commit drop as
with picked as (
    select c.id as candidate_id, o.id as opening_id, c.g::int as g,
           -- Drawn by hash, not by a multiple of g: the opening is g modulo the number of openings, and a multiple
           -- would give each opening only a few of the stages and a single status.
           (array [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6])[1 + (hashtext('stage' || c.g) & 2147483647) % 15]
               as stage_index,
           (hashtext('roll' || c.g) & 2147483647) % 100 as roll,
           (6 + (c.g * 13) % 6)::int as step_days
    from synthetic_candidate c
    -- The count as a value of its own, not each row's total: the join is then one hash join, not every candidate
    -- against every opening (a billion comparisons at a million candidates).
    join synthetic_opening o on o.k = c.g % (select count(*) from synthetic_opening)),
drawn as (
    -- Started long enough ago that every stage step lies in the past; spread over about two and a half years.
    select p.*, now() - make_interval(days => p.stage_index * p.step_days + 1 + ((p.g * 31) % 900)::int,
                                      hours => (p.g % 24)::int) as started_at
    from picked p),
inserted as (
    insert into application (candidate_id, opening_id, stage, status, stage_entered_at, created_at)
    select candidate_id, opening_id,
           (array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED'])[1 + stage_index],
           case when stage_index = 6 then 'HIRED'
                when roll < 12 then 'REJECTED'
                when roll < 16 then 'WITHDRAWN'
                else 'ACTIVE' end,
           started_at + make_interval(days => stage_index * step_days),
           started_at
    from drawn
    returning id, candidate_id, opening_id, stage, status, created_at)
select i.*, d.stage_index, d.step_days, d.g, (hashtext('quality' || i.id) & 2147483647) % 100 as quality,
       (hashtext('seed' || i.id) & 2147483647) as seed
from inserted i join drawn d on d.candidate_id = i.candidate_id;
create index on synthetic_application (id);

-- Events in time order per application (a trigger keeps report_stage_visit from them, row by row).
-- The trigger's lookups were planned when these tables were still empty: without this, each row's lookup may scan
-- a table that grows with every row (hours instead of minutes at 100,000). The statistics come later.
-- The trigger's own tables start empty too, so the first 2,000 applications go in before they are analyzed (an
-- analyze makes the cached plans plan again).
analyze application;
analyze candidate;
set local enable_seqscan = off;
insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status)
select a.id, 'APPLIED', 'Synthetic data', a.created_at, null, 'APPLIED', null, 'ACTIVE'
from synthetic_application a
where a.g <= 2000
order by a.id;
analyze report_stage_visit;
analyze report_application_reach;
insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status)
select a.id, 'APPLIED', 'Synthetic data', a.created_at, null, 'APPLIED', null, 'ACTIVE'
from synthetic_application a
where a.g > 2000
order by a.id;

insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status)
select a.id, case when step = 6 then 'HIRED' else 'MOVED' end, 'Synthetic data',
       a.created_at + make_interval(days => step * a.step_days),
       (array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED'])[step],
       (array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED'])[1 + step],
       'ACTIVE', case when step = 6 then 'HIRED' else 'ACTIVE' end
from synthetic_application a, generate_series(1, a.stage_index) step
order by a.id, step;

-- Rejections and withdrawals come at the end of the stay, after its interview cards and any SuperDay decision.
insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status,
                               reason_category, reason)
select a.id, case a.status when 'REJECTED' then 'REJECTED' else 'WITHDRAWN' end, 'Synthetic data',
       a.created_at + make_interval(days => a.stage_index * a.step_days + a.step_days - 1), a.stage, a.stage,
       'ACTIVE', a.status,
       case a.status when 'REJECTED' then (array ['TECHNICAL_SKILLS', 'CULTURE_FIT', 'CUSTOMER_SKILLS', 'SUPERDAY_OUTPUT', 'EXPERIENCE', 'OTHER'])[1 + a.g % 6]
                     else (array ['TIMING', 'ACCEPTED_OTHER_OFFER', 'COMPENSATION', 'NO_RESPONSE'])[1 + a.g % 4] end, 'Synthetic reason'
from synthetic_application a
where a.status in ('REJECTED', 'WITHDRAWN')
order by a.id;

reset enable_seqscan;

-- Interviews: every interview stage an application moved on from, the one it was rejected at, and the one it
-- waits in if its interview is over. Stage k's
-- interview is a day after the stage began (the SuperDay's review as the SuperDay ends). The panel's true
-- view is 3 or 4 where they moved on (4 for most good candidates at the SuperDay), 1 or 2 where they rejected, 2 or 3
-- while undecided; each card adds the interviewer's bias and a little noise, within 1..4.
create temporary table synthetic_interview on commit drop as
select a.id as application_id, a.g, s.stage_no,
       (array ['CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY'])[s.stage_no] as stage,
       a.created_at + make_interval(days => s.stage_no * a.step_days + 1,
                                    hours => case when s.stage_no = 4 then 17 else 9 + (a.g + s.stage_no) % 7 end) as starts_at,
       case when s.stage_no = 1 then 1 + a.g % 2 when s.stage_no = 4 then 3 else 2 end as panel,
       case when s.stage_no < a.stage_index then
                case when s.stage_no = 4 then case when a.quality >= 35 then 4 else 3 end
                     when s.stage_no = 1 then case when a.seed % 100 >= 45 then 4 else 3 end
                     else 3 + (a.seed / (100 * s.stage_no)) % 100 / 70 end
            when a.status = 'ACTIVE' then 2 + (a.seed / 7) % 2
            else 1 + (a.seed / 7) % 2 end as truth
from synthetic_application a
cross join generate_series(1, 4) s(stage_no)
where s.stage_no < a.stage_index or (s.stage_no = a.stage_index and a.status = 'REJECTED')
   -- Still in an interview stage whose interview is over: the panel is undecided (2 or 3).
   or (s.stage_no = a.stage_index and a.status = 'ACTIVE'
       and a.created_at + make_interval(days => s.stage_no * a.step_days + 6) < now());

create temporary table synthetic_card on commit drop as
select i.application_id, i.stage, i.starts_at, iv.id as interviewer_id,
       greatest(1, least(4, i.truth
           + case when h.seed % 2 = 0 then iv.bias else 0 end
           + case (h.seed / 2) % 10 when 0 then -1 when 1 then 1 else 0 end)) as overall,
       -- Submitted 1 to 20 hours after the interview; one card in eight is late (30 to 90 hours).
       case when (h.seed / 20) % 8 = 0 then 30 + (h.seed / 160) % 61 else 1 + (h.seed / 160) % 20 end
           as hours_to_submit,
       (h.seed / 10000) % 100 < 15 as saw_others,
       (h.seed / 1000000) % 100 as roll
from synthetic_interview i
cross join generate_series(0, 2) j
cross join lateral (select (hashtext(i.application_id || i.stage || j) & 2147483647) as seed) h
-- The count as a value of its own (see synthetic_application): one hash join, not every card against every interviewer.
join synthetic_interviewer iv
    on iv.k = ((hashtext('panel' || i.application_id || i.stage) & 2147483647) + j) % (select count(*) from synthetic_interviewer)
where j < i.panel;

-- The kit each stage's cards use: the newest kit that serves every role type.
create temporary table synthetic_kit on commit drop as
select distinct on (k.stage) k.stage, k.id, k.criteria
from interview_kit k where k.role_type is null order by k.stage, k.version desc;

insert into interview_assignment (application_id, stage, interviewer_id, starts_at, duration_minutes, card_due_at,
                                  reminded_at, created_at, candidate_invited_at)
select c.application_id, c.stage, c.interviewer_id, c.starts_at, case c.stage when 'SUPERDAY' then 60 else 45 end,
       c.starts_at + interval '24 hours', c.starts_at + interval '24 hours', c.starts_at - interval '3 days',
       c.starts_at - interval '3 days'
from synthetic_card c;

-- Criteria scores sit around the overall score; about one 3 in five comes with mild concerns (a soft three).
insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, ratings, overall, takeaways,
                       mild_concerns, submitted_at, saw_others, updated_at)
select c.application_id, c.stage, c.interviewer_id, 1, k.id,
       (select jsonb_object_agg(x.criterion ->> 'key', jsonb_build_object('score',
                   greatest(1, least(4, c.overall + case (c.roll + x.ord * 7) % 5 when 0 then -1 when 1 then 1 else 0 end)),
                   'note', ''))
        from jsonb_array_elements(k.criteria) with ordinality x(criterion, ord)),
       c.overall, 'Synthetic takeaways: ' || (array ['clear and direct', 'strong on customers', 'thin on numbers',
                                                     'good questions', 'needs coaching'])[1 + c.roll % 5],
       case when c.overall = 3 and c.roll < 20 then 'Some mild concerns about follow-through' end,
       c.starts_at + make_interval(hours => c.hours_to_submit), c.saw_others,
       c.starts_at + make_interval(hours => c.hours_to_submit)
from synthetic_card c join synthetic_kit k on k.stage = c.stage;

-- SuperDays: for every application that reached the SuperDay stage (a day after entering it, eight hours). About
-- one in twelve was first scheduled and then cancelled (by the company half of the time, paying the cancellation
-- fee); one fee in ten is donated; past SuperDays are paid a week later.
insert into superday (application_id, candidate_zone, status, portal_nonce, portal_token_hash, starts_at, ends_at,
                      fee, cancellation_fee, currency, cancelled_at, cancelled_reason, cancelled_by_company, paid_on,
                      created_at, created_by)
select a.id, c.time_zone, 'CANCELLED', md5('nonce-c' || r.tag || a.id), md5('token-c' || r.tag || a.id),
       a.created_at + make_interval(days => 4 * a.step_days + 1, hours => 9),
       a.created_at + make_interval(days => 4 * a.step_days + 1, hours => 17),
       o.superday_fee, o.superday_cancellation_fee, o.superday_currency,
       a.created_at + make_interval(days => 4 * a.step_days, hours => 12),
       case when a.g % 2 = 0 then 'The panel could not make it' else 'The candidate asked to move it' end,
       a.g % 2 = 0,
       case when a.g % 2 = 0 and a.created_at + make_interval(days => 4 * a.step_days + 8) < now()
            then (a.created_at + make_interval(days => 4 * a.step_days + 8))::date end,
       a.created_at + make_interval(days => 4 * a.step_days), 'Synthetic data'
from synthetic_application a
join candidate c on c.id = a.candidate_id
join opening o on o.id = a.opening_id
cross join synthetic_run r
where a.stage_index >= 4 and (a.seed / 1000000) % 12 = 5;

insert into superday (application_id, candidate_zone, status, portal_nonce, portal_token_hash, starts_at, ends_at,
                      fee, cancellation_fee, currency, donate_fee, paid_on, created_at, created_by)
select a.id, c.time_zone,
       case when a.stage_index > 4 or a.status <> 'ACTIVE' then 'CLOSED'
            when s.ends_at < now() then 'SUBMITTED' else 'SCHEDULED' end,
       md5('nonce' || r.tag || a.id), md5('token' || r.tag || a.id), s.starts_at, s.ends_at,
       o.superday_fee, o.superday_cancellation_fee, o.superday_currency, (a.seed / 100000) % 10 = 3,
       case when s.ends_at + interval '7 days' < now() then (s.ends_at + interval '7 days')::date end,
       a.created_at + make_interval(days => 4 * a.step_days), 'Synthetic data'
from synthetic_application a
join candidate c on c.id = a.candidate_id
join opening o on o.id = a.opening_id
cross join synthetic_run r
cross join lateral (select a.created_at + make_interval(days => 4 * a.step_days + 1, hours => 9) as starts_at,
                           a.created_at + make_interval(days => 4 * a.step_days + 1, hours => 17) as ends_at) s
where (a.stage_index > 4 or (a.stage_index = 4 and a.status <> 'WITHDRAWN'));

-- Decisions after the SuperDay: an offer for those who moved on, a rejection for those rejected there. Seven in
-- ten within 48 hours of the SuperDay's end (4 to 40 hours), the rest later (50 to 100 hours).
insert into decision (application_id, outcome, message, reapply_after, decided_by, decided_at, message_sent_at)
select a.id, case when a.stage_index > 4 then 'OFFER' else 'REJECT' end,
       case when a.stage_index = 4 then 'Thank you for your SuperDay. We will not be making an offer this time.' end,
       case when a.stage_index = 4 then (a.created_at + make_interval(days => 4 * a.step_days + 180))::date end,
       u.name, d.decided_at, case when a.stage_index = 4 then d.decided_at + interval '1 hour' end
from synthetic_application a
join opening o on o.id = a.opening_id
join app_user u on u.id = o.hiring_manager_id
cross join lateral (select a.created_at + make_interval(days => 4 * a.step_days + 1, hours => 17)
                               + make_interval(hours => case when (a.seed / 10) % 10 < 7 then 4 + (a.seed / 1000) % 37 else 50 + (a.seed / 1000) % 51 end)
                           as decided_at) d
where a.stage_index > 4 or (a.stage_index = 4 and a.status = 'REJECTED');

-- Offers for everyone at OFFER or HIRED: accepted by the hires (starting two to five weeks later), declined by
-- those who withdrew at the offer, sent to those still deciding, a draft for the few rejected at the offer.
insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, start_date, status,
                   manager_approved_by, manager_approved_at, second_approved_by, second_approved_at, sent_at,
                   answered_at, created_by, created_at, quota_unit, team_manager_id)
select a.id, o.role_type, 120000 + (a.g % 9) * 10000, 'USD', 50, 400000 + (a.g % 5) * 100000,
       (t.offered_at + make_interval(days => 14 + a.g % 22))::date,
       case when a.stage_index = 6 then 'ACCEPTED' when a.status = 'WITHDRAWN' then 'DECLINED'
            when a.status = 'REJECTED' then 'DRAFT' else 'SENT' end,
       u.name, t.offered_at + interval '2 hours',
       case when a.status <> 'REJECTED' then 'Synthetic Approver' end,
       case when a.status <> 'REJECTED' then t.offered_at + interval '5 hours' end,
       case when a.status <> 'REJECTED' then t.offered_at + interval '6 hours' end,
       case when a.stage_index = 6 then a.created_at + make_interval(days => 6 * a.step_days, hours => -3)
            when a.status = 'WITHDRAWN' then t.offered_at + make_interval(days => 2 + a.g % 4) end,
       'Synthetic data', t.offered_at, 'MONEY', o.hiring_manager_id
from synthetic_application a
join opening o on o.id = a.opening_id
join app_user u on u.id = o.hiring_manager_id
cross join lateral (select a.created_at + make_interval(days => 5 * a.step_days, hours => 2) as offered_at) t
where a.stage_index >= 5;

-- Hires join their hiring manager's roster on their start date. Better SuperDays make better sellers (quarters
-- mostly 80-140% for the good, 50-110% for the rest); one in three whose culture interview was a 3 leaves within
-- two years, and one in ten of the rest. Finished quarters on the team are recorded.
create temporary table synthetic_hire on commit drop as
with inserted as (
    insert into team_member (manager_id, name, starts_on, ends_on, annual_quota, offer_id, quota_unit, role_type)
    select f.team_manager_id, c.name, f.start_date,
           case when l.leaves and f.start_date + l.months * interval '1 month' < now()
                then (f.start_date + l.months * interval '1 month')::date end,
           f.annual_quota, f.id, f.quota_unit, f.role_type
    from synthetic_application a
    join offer f on f.application_id = a.id
    join candidate c on c.id = a.candidate_id
    cross join lateral (
        select case when exists (select 1 from synthetic_interview i where i.application_id = a.id
                                  and i.stage_no = 1 and i.truth = 3)
                    then (a.seed / 100) % 3 = 0 else (a.seed / 100) % 10 = 0 end as leaves,
               2 + (a.seed / 1000) % 22 as months) l
    where a.stage_index = 6
    returning id, offer_id, starts_on, ends_on)
select h.*, a.g, a.quality from inserted h join offer f on f.id = h.offer_id join synthetic_application a on a.id = f.application_id;

insert into quarterly_attainment (team_member_id, quarter_start, attainment_percent, recorded_by, recorded_at)
select h.id, q.quarter_start::date,
       case when h.quality >= 35 then 80 else 50 end + (hashtext(h.id || 'q' || q.quarter_start) & 2147483647) % 61,
       'Synthetic data', q.quarter_start + interval '3 months 5 days'
from synthetic_hire h
cross join lateral generate_series(date_trunc('quarter', h.starts_on::timestamp),
                                   date_trunc('quarter', now()::timestamp) - interval '3 months', interval '3 months') q(quarter_start)
where q.quarter_start + interval '3 months' > h.starts_on
  and (h.ends_on is null or q.quarter_start + interval '3 months' <= h.ends_on + interval '1 day');

commit;
drop table synthetic_run, synthetic_opening, synthetic_candidate;
analyze opening;
analyze candidate;
analyze application;
analyze application_event;
analyze app_user;
analyze interview_assignment;
analyze scorecard;
analyze superday;
analyze decision;
analyze offer;
analyze team_member;
analyze quarterly_attainment;
analyze report_stage_visit;
