-- The CVs of the candidates of a run of synthetic-data.sql (the same count and tag), about 3 KB of sales-CV prose each,
-- so the full-text search is measured on realistic vectors; they share one small stored file.
-- A CV costs PostgreSQL about 3 ms (its two search vectors and their indexes), as much as the rest of the load put
-- together, so scripts/load-synthetic-data runs this file in a session of its own alongside synthetic-data.sql: it
-- waits for that run's candidates to be committed, then writes their CVs in one transaction.
-- When the loader is stopped (Ctrl-C, a failed run), its psql goes away but this session would go on writing CVs
-- for minutes; PostgreSQL 14 and later notice a vanished client within a second when asked to.
do $$
begin
    if current_setting('server_version_num')::integer >= 140000 then
        perform set_config('client_connection_check_interval', '1000', false);
    end if;
end $$;
create temporary table synthetic_last_candidate as
select 'synthetic-' || :'tag' || '-' || :n || '@example.test' as email;
do $$
declare
    waited integer := 0;
begin
    -- The candidates are committed together, so the last one stands for all.
    while not exists (select 1 from candidate c join synthetic_last_candidate l on l.email = c.email) loop
        if waited > 36000 then
            raise exception 'no synthetic candidates after an hour: did synthetic-data.sql stop?';
        end if;
        perform pg_sleep(0.1);
        waited := waited + 1;
    end loop;
end $$;

begin;

-- Numbered as synthetic-data.sql numbers them.
create temporary table synthetic_candidate on commit drop as
select id, row_number() over (order by id) as g from candidate where email like 'synthetic-' || :'tag' || '-%';

-- One stored file stands for every synthetic CV: the search reads the extracted text, never the file.
create temporary table synthetic_cv_file on commit drop as
with inserted as (
    insert into stored_file (filename, content_type, size_bytes, sha256, content)
    select 'synthetic-cv.pdf', 'application/pdf', octet_length(f.pdf), encode(sha256(f.pdf), 'hex'), f.pdf
    -- A one-page PDF that says what it is, so the CV viewer shows it (the cross-reference table counts these bytes).
    from (select convert_to('%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [3 0 R] /Count 1 >>
endobj
3 0 obj
<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>
endobj
4 0 obj
<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
endobj
5 0 obj
<< /Length 99 >>
stream
BT /F1 11 Tf 56 760 Td (Synthetic CV for the benchmark: its text is in the candidate record.) Tj ET
endstream
endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000241 00000 n 
0000000311 00000 n 
trailer
<< /Size 6 /Root 1 0 R >>
startxref
460
%%EOF
', 'UTF8') as pdf) f
    returning id)
select id from inserted;

-- A CV: a headline, a summary, three jobs of five achievements each, skills and education. Every choice is
-- drawn from a word list by the candidate's number times a prime, modulo the list's length, so neighbours differ but a
-- run is repeatable; every length divides 1,680, so there are that many different CVs. (Writing the prose is quick:
-- the CVs' cost is PostgreSQL's, the two search vectors and their indexes, some 3 ms a CV on a 2-core machine.)
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

commit;
drop table synthetic_last_candidate;
analyze candidate_cv;
