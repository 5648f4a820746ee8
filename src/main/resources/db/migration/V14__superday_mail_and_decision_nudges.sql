-- Whom the candidate asks about their SuperDay, named in their invitation: the person who scheduled it.
alter table superday add column contact_id bigint references app_user (id);
create index superday_contact_idx on superday (contact_id);

-- The SEQUENCE of the calendar requests mailed for a SuperDay: it grows with every change of the agenda and with a
-- cancellation, so calendars replace the events they were sent before.
alter table superday add column calendar_sequence integer not null default 0;

-- Which decision nudge the opening's hiring manager has had for this SuperDay (24 hours after it ended, then 48 hours:
-- overdue); the nudge job claims rows with FOR UPDATE SKIP LOCKED and sets these, so nothing is sent twice.
alter table superday add column decision_nudged_at timestamptz;
alter table superday add column decision_overdue_nudged_at timestamptz;
create index superday_decision_nudge_idx on superday (ends_at)
    where decision_overdue_nudged_at is null and status <> 'CANCELLED';

-- Days that ended before nudges existed are not nudged all at once on the upgrade.
update superday set decision_nudged_at = now(), decision_overdue_nudged_at = now() where ends_at < now();
