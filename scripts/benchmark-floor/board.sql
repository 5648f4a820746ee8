-- The board's floor: what the board of an opening shows, in the fewest statements: how many people are at each
-- stage, and the first 50 of each stage (oldest in stage first) with their names.
select stage, count(*) from application where opening_id = :opening and status = 'ACTIVE' group by stage;
select r.id, r.stage, r.stage_entered_at, c.name, c.email
from (select a.id, a.candidate_id, a.stage, a.stage_entered_at,
             row_number() over (partition by a.stage order by a.stage_entered_at, a.id) as place
      from application a where a.opening_id = :opening and a.status = 'ACTIVE') r
join candidate c on c.id = r.candidate_id
where r.place <= 50;
