-- Adds :n synthetic candidates, each with one application, to a Rounddown database, for benchmarks.
-- Spread over one opening per 500 candidates (at least 5), every stage (more early than late, as in a
-- real funnel), with rejections, withdrawals and a full event history per application.
--
--   scripts/load-synthetic-data 100000        (runs this file with psql in the app's schema)
--
-- Safe to run again: every run adds new rows with e-mail addresses of its own.
begin;

create temporary table synthetic_run on commit drop as
select to_char(clock_timestamp(), 'YYYYMMDDHH24MISSUS') as tag, (:n)::int as n;

create temporary table synthetic_opening on commit drop as
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

create temporary table synthetic_candidate on commit drop as
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

-- Stage index 0..6 drawn so that about half are still early in the funnel; status mostly active.
create temporary table synthetic_application on commit drop as
with picked as (
    select c.id as candidate_id, o.id as opening_id, c.g,
           (array [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6])[1 + (c.g * 7919) % 15] as stage_index,
           (c.g * 104729) % 100 as roll
    from synthetic_candidate c
    join synthetic_opening o on o.k = c.g % o.total),
drawn as (
    -- Started long enough ago that every stage step (three days each) lies in the past.
    select p.*, now() - make_interval(days => p.stage_index * 3 + 1 + ((p.g * 31) % 60)::int,
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
           started_at + make_interval(days => stage_index * 3),
           started_at
    from drawn
    returning id, candidate_id, stage, status, created_at)
select i.*, d.stage_index
from inserted i join drawn d on d.candidate_id = i.candidate_id;

insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status)
select a.id, 'APPLIED', 'Synthetic data', a.created_at, null, 'APPLIED', null, 'ACTIVE'
from synthetic_application a;

insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status)
select a.id, case when step = 6 then 'HIRED' else 'MOVED' end, 'Synthetic data',
       a.created_at + make_interval(days => step * 3),
       (array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED'])[step],
       (array ['APPLIED', 'CULTURE', 'TECHNICAL', 'SMALL_TEAM', 'SUPERDAY', 'OFFER', 'HIRED'])[1 + step],
       'ACTIVE', case when step = 6 then 'HIRED' else 'ACTIVE' end
from synthetic_application a, generate_series(1, a.stage_index) step;

insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, from_status, to_status,
                               reason_category, reason)
select a.id, case a.status when 'REJECTED' then 'REJECTED' else 'WITHDRAWN' end, 'Synthetic data',
       a.created_at + make_interval(days => a.stage_index * 3, hours => 2), a.stage, a.stage, 'ACTIVE', a.status,
       case a.status when 'REJECTED' then 'OTHER' else 'TIMING' end, 'Synthetic reason'
from synthetic_application a
where a.status in ('REJECTED', 'WITHDRAWN');

commit;
analyze opening;
analyze candidate;
analyze application;
analyze application_event;
