-- V38 kept each assignment's card_submitted with a row trigger: one update of interview_assignment per card written,
-- planned and run card by card (over half of the time of inserting 75,000 cards in one statement, the synthetic
-- loader's largest step). The same rule per statement: the assignments of the cards a statement inserted, submitted,
-- or deleted are set in one update, and only those whose flag changes are written.
drop trigger interview_assignment_follows_card on scorecard;
drop function interview_assignment_follows_card();

create function interview_assignment_follows_cards() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        -- A card removed (a candidate's erasure): its assignment is owed again unless another revision is in.
        update interview_assignment x
           set card_submitted = false
          from (select distinct application_id, stage, interviewer_id from changed_cards) c
         where x.application_id = c.application_id and x.stage = c.stage and x.interviewer_id = c.interviewer_id
           and x.card_submitted
           and not interview_assignment_card_submitted(x.application_id, x.stage, x.interviewer_id);
    else
        -- A card submitted or amended is in; a draft changes nothing. Flags already set are not written again.
        update interview_assignment x
           set card_submitted = true
          from (select distinct application_id, stage, interviewer_id from changed_cards
                 where submitted_at is not null) c
         where x.application_id = c.application_id and x.stage = c.stage and x.interviewer_id = c.interviewer_id
           and not x.card_submitted;
    end if;
    return null;
end;
$$;

-- A trigger with a transition table serves one event, and an update trigger then takes no column list: every update
-- of a card comes here, and one that leaves its assignment's flag as it was writes nothing.
create trigger interview_assignment_follows_cards_inserted
    after insert on scorecard referencing new table as changed_cards
    for each statement execute function interview_assignment_follows_cards();

create trigger interview_assignment_follows_cards_updated
    after update on scorecard referencing new table as changed_cards
    for each statement execute function interview_assignment_follows_cards();

create trigger interview_assignment_follows_cards_deleted
    after delete on scorecard referencing old table as changed_cards
    for each statement execute function interview_assignment_follows_cards();
