-- The board reads who is assigned and the cards that count for hundreds of applications per view. Each card's culture
-- Strong No (the first culture criterion of its kit scored 1, in kit order: Scorecard.cultureStrongNo) is kept on the
-- card when it is written, instead of being worked out from its ratings and kit on every read; with it, the cards that
-- count and the assignments are read from indexes alone.
alter table scorecard add column culture_strong_no text;

create function scorecard_culture_strong_no() returns trigger language plpgsql as $$
begin
    new.culture_strong_no := case when jsonb_path_exists(new.ratings, '$.* ? (@.score == 1)') then (
        select c.value ->> 'name' from interview_kit k,
            jsonb_array_elements(k.criteria) with ordinality as c(value, position)
        where k.id = new.kit_id and (c.value ->> 'culture')::boolean
            and (new.ratings -> (c.value ->> 'key') ->> 'score')::int = 1
        order by c.position limit 1) end;
    return new;
end
$$;

create trigger scorecard_culture_strong_no before insert or update of ratings, kit_id on scorecard
    for each row execute function scorecard_culture_strong_no();

-- Sets the column through the trigger, for the cards with a Strong No anywhere (the others stay null).
update scorecard set ratings = ratings where jsonb_path_exists(ratings, '$.* ? (@.score == 1)');

drop index scorecard_panel_idx;
create index scorecard_panel_idx on scorecard (application_id, stage, interviewer_id, revision)
    include (overall, culture_strong_no, id) where submitted_at is not null;

create index interview_assignment_gate_idx on interview_assignment (application_id)
    include (stage, interviewer_id, excused_at, starts_at, id);

-- Whether a card was moved on by an override: a few rows, instead of every card reading its application's events.
create index application_event_override_idx on application_event (application_id, to_stage) where kind = 'OVERRIDDEN';
