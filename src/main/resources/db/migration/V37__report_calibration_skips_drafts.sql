-- The interview page saves a draft card every second or so while someone types. V34's trigger recomputed the whole
-- panel of the application on each of those saves, though the calibration rows hold submitted cards only: an update
-- or a delete of cards that were drafts before and after changes none of them, so now it recomputes nothing.
create or replace function report_calibration_cards_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform report_calibration_refresh(array(select distinct o.application_id from old_cards o
                                                 where o.submitted_at is not null));
    elsif tg_op = 'UPDATE' then
        perform report_calibration_refresh(array(select distinct n.application_id from new_cards n
                                                 where n.submitted_at is not null
                                                 union select o.application_id from old_cards o
                                                 where o.submitted_at is not null));
    else
        perform report_calibration_refresh(array(select distinct n.application_id from new_cards n
                                                 where n.submitted_at is not null));
    end if;
    return null;
end;
$$;
