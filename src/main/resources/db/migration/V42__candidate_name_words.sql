-- A search for one word of a name or e-mail ("okafor") may match tens of thousands of candidates at a million, and a
-- GIN index answers only with a bitmap of every match: the page's cost grew with the matches though it reads only the
-- first 1,001. Each word of candidate.search_name (its lexemes) is also kept here, in a B-tree that hands over the
-- candidates whose name or e-mail has a word starting with the typed one in order, so the reading stops at the cap.
-- The words are compared byte by byte ("C"): a range of the index is every word with a given start.
create table candidate_name_word (
    word         text collate "C" not null,
    candidate_id bigint           not null references candidate (id) on delete cascade,
    primary key (word, candidate_id)
);
create index candidate_name_word_candidate_idx on candidate_name_word (candidate_id);

insert into candidate_name_word (word, candidate_id)
select w.word, c.id
from candidate c
         cross join lateral unnest(tsvector_to_array(c.search_name)) w (word);

-- New candidates' words, per statement: the loader and imports add many rows at once.
create function candidate_name_words_added() returns trigger
    language plpgsql as
$$
begin
    insert into candidate_name_word (word, candidate_id)
    select w.word, a.id
    from added a
             cross join lateral unnest(tsvector_to_array(a.search_name)) w (word);
    return null;
end;
$$;

create trigger candidate_name_words_added
    after insert on candidate referencing new table as added
    for each statement execute function candidate_name_words_added();

-- A changed name or e-mail (an edit, an erasure): the candidate's words again.
create function candidate_name_words_changed() returns trigger
    language plpgsql as
$$
begin
    delete from candidate_name_word where candidate_id = new.id;
    insert into candidate_name_word (word, candidate_id)
    select w.word, new.id
    from unnest(tsvector_to_array(new.search_name)) w (word);
    return null;
end;
$$;

create trigger candidate_name_words_changed
    after update of name, email on candidate
    for each row when (old.search_name is distinct from new.search_name)
    execute function candidate_name_words_changed();
