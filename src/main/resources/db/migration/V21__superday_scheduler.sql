-- Issue 17, item 9: a card's due time is kept on its assignment, because it is not always counted from the start:
-- an interview's card is due 24 hours after it starts, a SuperDay card 24 hours after the day ends.
alter table interview_assignment add column card_due_at timestamptz;
update interview_assignment set card_due_at = starts_at + interval '24 hours';
update interview_assignment i set card_due_at = s.ends_at + interval '24 hours'
  from superday s
 where i.stage = 'SUPERDAY' and s.application_id = i.application_id and s.status <> 'CANCELLED';
alter table interview_assignment alter column card_due_at set not null;
-- The overdue-cards queue looks for cards due before now.
create index interview_assignment_card_due_idx on interview_assignment (card_due_at) where excused_at is null;
