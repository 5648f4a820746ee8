-- The candidate page's floor: the candidate, their applications with the opening's title, and their history.
select id, name, email, phone, time_zone, source from candidate where id = :candidate;
select a.id, a.stage, a.status, a.stage_entered_at, o.title
from application a join opening o on o.id = a.opening_id where a.candidate_id = :candidate;
select e.kind, e.occurred_at, e.from_stage, e.to_stage, e.from_status, e.to_status
from application_event e join application a on a.id = e.application_id
where a.candidate_id = :candidate order by e.occurred_at desc limit 100;
