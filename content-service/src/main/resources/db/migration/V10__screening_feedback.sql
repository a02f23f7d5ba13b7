-- Screening feedback: spans a community manager says the pre-screen missed ("the screen missed this"), with the value
-- it concerns and a note. Together with the dismissals (finding_dismissal) they are the reviewers' verdict on the screen.
-- The note may hold personal data, so it lives here and never in the append-only audit trail (which only names value
-- and place).

create table screening_miss (
    id           uuid          primary key,
    story_id     uuid          not null references story (id),
    revision     integer       not null,
    field        varchar(10)   not null check (field in ('title', 'summary', 'body')),
    start_offset integer       not null check (start_offset >= 0),
    end_offset   integer       not null,
    value        varchar(40)   not null,
    excerpt      varchar(200)  not null,
    note         varchar(2000) not null,
    reported_by  varchar(200)  not null,
    reported_at  timestamptz   not null,
    check (end_offset > start_offset),
    unique (story_id, revision, field, start_offset, end_offset, value),
    foreign key (story_id, revision) references story_revision (story_id, number)
);

-- The feedback list is read in time order (and per period).
create index screening_miss_reported on screening_miss (reported_at, id);
create index finding_dismissal_dismissed on finding_dismissal (dismissed_at);
