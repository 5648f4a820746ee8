-- The change notes go to this schema's report_change whatever the writing session's search_path.
alter function report_change_noted() set search_path from current;

-- Only writes the kept report statements can see throw their rows away. They read no assignments, events or ramp
-- guarantees (the report tables those feed note changes of their own), and of a person only the name, so the daily
-- digest's bookkeeping on app_user no longer makes every report read afresh.
drop trigger report_change_noted on application_event;
drop trigger report_change_noted on interview_assignment;
drop trigger report_change_noted on ramp_guarantee;
drop trigger report_change_noted on app_user;
create trigger report_change_noted
    after insert or delete or truncate
    on app_user
    for each statement
execute function report_change_noted();
create trigger report_change_noted_name
    after update of name
    on app_user
    for each statement
execute function report_change_noted();
