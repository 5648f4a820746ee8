-- The queues' "Scorecards overdue" and My interviews' "cards still owed" looked for assignments with no submitted
-- card by checking every past assignment against the scorecards: at 370,000 interviews that took 700 ms per page view,
-- though only a few are ever owed. card_submitted says whether the assignment's interviewer has submitted a card for
-- its stage, kept by triggers in the same transaction as the card, so a partial index holds only the owed ones.
alter table interview_assignment add column card_submitted boolean not null default false;

update interview_assignment x set card_submitted = true
where exists (select 1 from scorecard s where s.application_id = x.application_id and s.stage = x.stage
                                          and s.interviewer_id = x.interviewer_id and s.submitted_at is not null);

create index interview_assignment_card_owed_idx on interview_assignment (starts_at)
    where excused_at is null and not card_submitted;

create function interview_assignment_card_submitted(p_application_id bigint, p_stage varchar, p_interviewer_id bigint)
    returns boolean
    language sql stable as
$$
select exists (select 1 from scorecard s where s.application_id = p_application_id and s.stage = p_stage
                                           and s.interviewer_id = p_interviewer_id and s.submitted_at is not null)
$$;

-- A card submitted, amended or removed (a candidate's erasure) sets its assignment's flag again.
create function interview_assignment_follows_card() returns trigger
    language plpgsql as
$$
declare
    card scorecard;
begin
    if tg_op = 'DELETE' then
        card := old;
    elsif new.submitted_at is null then
        return null; -- a draft changes nothing
    else
        card := new;
    end if;
    update interview_assignment x
       set card_submitted = interview_assignment_card_submitted(card.application_id, card.stage, card.interviewer_id)
     where x.application_id = card.application_id and x.stage = card.stage and x.interviewer_id = card.interviewer_id;
    return null;
end;
$$;

create trigger interview_assignment_follows_card
    after insert or update of submitted_at or delete on scorecard
    for each row execute function interview_assignment_follows_card();

-- An assignment made (or made again) after its interviewer's card was in starts with the flag set.
create function interview_assignment_card_on_insert() returns trigger
    language plpgsql as
$$
begin
    new.card_submitted := interview_assignment_card_submitted(new.application_id, new.stage, new.interviewer_id);
    return new;
end;
$$;

create trigger interview_assignment_card_on_insert
    before insert on interview_assignment
    for each row execute function interview_assignment_card_on_insert();
