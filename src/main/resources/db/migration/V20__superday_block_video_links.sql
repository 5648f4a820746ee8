-- Issue 17, item 19: a block of the agenda may carry the video link of its meeting, which the candidate sees on
-- their page.
alter table superday_block add column video_link varchar(500);

-- Issue 17, item 19: files the candidate chose for a hand-in that was refused for another field are kept here until
-- the next try, so a chosen file survives the error. A newer refusal replaces them, so a SuperDay holds at most one
-- hand-in's worth (five files); a hand-in takes them over.
create table superday_kept_file (
    superday_id bigint      not null references superday (id) on delete cascade,
    file_id     bigint      not null references stored_file (id),
    kept_at     timestamptz not null default now(),
    primary key (superday_id, file_id)
);
create index superday_kept_file_file_idx on superday_kept_file (file_id);
