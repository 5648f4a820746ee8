-- Adds :n synthetic candidates, each with one application, to a Rounddown database, for benchmarks.
-- Spread over one opening per 500 candidates (at least 5), every stage (more early than late, as in a
-- real funnel), with rejections, withdrawals and a full event history per application. Each candidate also
-- gets a CV whose text is read (about 3 KB of sales-CV prose built from word lists, different for everyone),
-- so the full-text search is measured on realistic vectors; the CVs share one small stored file.
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

-- One stored file stands for every synthetic CV: the search reads the extracted text, never the file.
create temporary table synthetic_cv_file on commit drop as
with inserted as (
    insert into stored_file (filename, content_type, size_bytes, sha256, content)
    values ('synthetic-cv.pdf', 'application/pdf', 8, 'synthetic', '\x255044462d312e37'::bytea)
    returning id)
select id from inserted;

-- A CV: a headline, a summary, three jobs of five achievements each, skills and education. Every choice is
-- drawn from a word list by a hash of (candidate, position), so texts differ but a run is repeatable.
insert into candidate_cv (candidate_id, file_id, uploaded_by, text_status, text, text_read_at)
select c.id, f.id, 'Synthetic data', 'READ', cv.text, now()
from synthetic_candidate c
cross join synthetic_cv_file f
cross join lateral (
    select concat_ws(E'\n',
        (array ['Enterprise Account Executive', 'Technical Account Manager', 'Customer Success Manager',
                'Business Development Representative', 'Sales Team Lead', 'Mid-Market Account Executive',
                'Solutions Consultant', 'Renewals Manager', 'Partner Manager', 'Regional Sales Director'])[1 + (c.g * 7) % 10]
            || ' with ' || (3 + c.g % 12) || ' years in ' ||
        (array ['B2B SaaS', 'developer tools', 'product analytics', 'cybersecurity', 'fintech', 'HR software',
                'marketing technology', 'logistics software', 'healthcare IT', 'data infrastructure',
                'e-commerce platforms', 'collaboration software'])[1 + (c.g * 13) % 12] || '.',
        'Summary: ' || (array ['Consultative seller who', 'Quota-carrying rep who', 'Customer-obsessed manager who',
                               'Hands-on team lead who', 'Technical seller who'])[1 + (c.g * 17) % 5]
            || ' ' || (array ['builds pipeline from a standing start', 'turns pilots into multi-year contracts',
                              'keeps net revenue retention above 120%', 'runs disciplined forecasts',
                              'opens doors with heads of engineering', 'coaches new hires to ramp in under four months',
                              'lands and expands in regulated industries'])[1 + (c.g * 19) % 7]
            || ' and ' || (array ['writes clear mutual action plans', 'partners closely with product and support',
                                  'prefers data to stories', 'handles difficult customers head on',
                                  'values a short demo over a long feature tour'])[1 + (c.g * 23) % 5] || '.',
        string_agg(job.text, E'\n' order by job.n),
        'Skills: ' || (select string_agg(s, ', ') from unnest((array [
                'Salesforce', 'HubSpot', 'Gong', 'Outreach', 'MEDDICC', 'SPIN selling', 'Challenger Sale',
                'value selling', 'negotiation', 'forecasting', 'territory planning', 'account mapping',
                'executive presentations', 'SQL', 'API integrations', 'onboarding', 'QBRs', 'churn analysis',
                'Looker', 'Zendesk', 'Intercom', 'product-led growth', 'channel partnerships', 'RFP responses'])
                [1 + (c.g * 29) % 24 : 1 + (c.g * 29) % 24 + 6]) s) || '.',
        'Education: ' || (array ['BA Economics', 'BSc Computer Science', 'BA Business Administration',
                                 'MSc Marketing', 'BA Modern Languages', 'BEng Mechanical Engineering',
                                 'MBA'])[1 + (c.g * 31) % 7] || ', ' ||
            (array ['University of Leeds', 'Universidade de Lisboa', 'TU Munich', 'University of Texas at Austin',
                    'Stockholm School of Economics', 'McGill University', 'University College Dublin',
                    'University of Warsaw'])[1 + (c.g * 37) % 8] || '.',
        'Languages: English' || (array ['', ', Spanish', ', German', ', Portuguese', ', French', ', Polish',
                                        ', Swedish'])[1 + (c.g * 41) % 7] || '.') as text
    from (
        select j.n, concat_ws(E'\n',
            (array ['Northwind', 'Contoso', 'Globex', 'Initech', 'Umbrella Analytics', 'Hooli', 'Vandelay Logistics',
                    'Stark Data', 'Wayne Payments', 'Acme Cloud', 'Soylent Health', 'Tyrell Security',
                    'Cyberdyne Software', 'Massive Dynamic', 'Wonka Commerce', 'Oscorp Labs'])[1 + (c.g * 43 + j.n * 7) % 16]
                || ' - ' || (array ['Account Executive', 'Senior Account Executive', 'Account Manager',
                                    'Customer Success Manager', 'Sales Development Rep', 'Team Lead',
                                    'Solutions Engineer'])[1 + (c.g * 47 + j.n * 3) % 7]
                || ', ' || (2025 - j.n * 3 - c.g % 3) || '-' || (2028 - j.n * 3 - c.g % 3) || '.',
            string_agg('- ' ||
                (array ['Closed', 'Grew', 'Managed', 'Led', 'Built', 'Negotiated', 'Expanded', 'Renewed', 'Owned',
                        'Prospected', 'Onboarded', 'Rescued', 'Launched', 'Coached', 'Forecast'])
                    [1 + (c.g * 53 + j.n * 11 + b.k * 5) % 15] || ' ' ||
                (array ['a book of 40 mid-market accounts', 'new logo pipeline', 'enterprise renewals',
                        'the partner channel', 'outbound sequences', 'a territory of 300 named accounts',
                        'six-figure expansion deals', 'the onboarding programme', 'strategic accounts',
                        'a team of five SDRs', 'multi-year platform contracts', 'usage-based upsells',
                        'at-risk customers', 'proof-of-concept projects', 'the quarterly business reviews'])
                    [1 + (c.g * 59 + j.n * 13 + b.k * 7) % 15] || ' ' ||
                (array ['across EMEA', 'in the Nordics', 'in DACH', 'on the US East Coast', 'in Latin America',
                        'in the UK and Ireland', 'for APAC', 'in the public sector', 'for Fortune 500 logos',
                        'with a two-week sales cycle'])[1 + (c.g * 61 + j.n * 17 + b.k * 3) % 10] || ', ' ||
                (array ['exceeding quota by ', 'improving win rate by ', 'cutting churn by ', 'raising ARR by ',
                        'lifting expansion revenue by ', 'shortening the sales cycle by '])
                    [1 + (c.g * 67 + j.n * 19 + b.k * 11) % 6] || (5 + (c.g * 71 + j.n + b.k * 13) % 60) || '% ' ||
                (array ['in the first year', 'over two quarters', 'year over year', 'within nine months',
                        'against a declining market', 'while the team doubled'])
                    [1 + (c.g * 73 + j.n * 23 + b.k) % 6] || '. ' ||
                (array ['Worked closely with product on the roadmap.', 'Ran weekly pipeline reviews with finance.',
                        'Presented to C-level buyers and procurement.', 'Mentored two new hires through ramp.',
                        'Partnered with solutions engineering on technical evaluations.',
                        'Documented the playbook the team still uses.', 'Handled security questionnaires and legal redlines.',
                        'Turned a detractor into a public reference customer.'])
                    [1 + (c.g * 79 + j.n * 29 + b.k * 17) % 8], E'\n' order by b.k)) as text
        from generate_series(1, 3) j(n)
        cross join generate_series(1, 5) b(k)
        group by j.n) job
) cv;

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
analyze candidate_cv;
