-- Issue 17, item 12: only a real change of terms starts an offer's approvals again, and the offer page says
-- when that happened, who changed the terms, which terms changed and whose approvals were cleared.
alter table offer add column approvals_reset_at timestamptz;
alter table offer add column approvals_reset_by varchar(200);
alter table offer add column approvals_reset_terms varchar(500);
alter table offer add column approvals_reset_cleared varchar(500);

-- Issue 17, item 11: the queues list offers by status (awaiting approval, underway).
create index offer_status_idx on offer (status);
