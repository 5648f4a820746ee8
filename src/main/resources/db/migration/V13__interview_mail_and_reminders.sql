-- Interview mail (issue 13, point 1): every change of an interview's time or an excusal sends a calendar file that
-- replaces the one sent before, so each assignment counts its changes (the iCalendar SEQUENCE; also the version a
-- recruiter moving the interview started from). The candidate's own invitation is noted, so a panel of interviewers
-- at one time sends the candidate one invitation, not one per interviewer.
alter table interview_assignment add column calendar_sequence integer not null default 0;
alter table interview_assignment add column candidate_invited_at timestamptz;

-- Each opening says whether candidates get their own interview invitations (on unless someone turns it off).
alter table opening add column candidate_invitations boolean not null default true;

-- Scorecard reminders (point 2): when the first reminder of a missing card went out; demo data, loaded without anyone
-- acting, is never reminded of.
alter table interview_assignment add column reminded_at timestamptz;
alter table interview_assignment add column reminders_off boolean not null default false;
create index interview_assignment_unreminded_idx on interview_assignment (starts_at)
    where reminded_at is null and excused_at is null and not reminders_off;

-- Each person chooses a reminder per card as soon as it is late, or only the daily digest; the digest goes once a day,
-- and the date (in the person's own zone) of the last one is kept so no second instance sends it again.
alter table app_user add column scorecard_reminders varchar(20) not null default 'IMMEDIATE'
    check (scorecard_reminders in ('IMMEDIATE', 'DAILY_DIGEST'));
alter table app_user add column digest_sent_on date;
