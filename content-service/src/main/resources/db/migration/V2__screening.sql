-- The automated pre-screen: the findings of every submitted revision, stored with that revision, and the findings a
-- reviewer dismissed (with a reason; each dismissal is also in the audit trail).

alter table story_revision add column screening jsonb;
alter table story_revision add column screened_at timestamptz;

create table finding_dismissal (
    story_id          uuid          not null references story (id),
    revision          integer       not null,
    finding_id        varchar(300)  not null,
    reason            varchar(2000) not null,
    dismissed_by      varchar(200)  not null,
    dismissed_by_name varchar(200)  not null,
    dismissed_at      timestamptz   not null,
    primary key (story_id, revision, finding_id),
    foreign key (story_id, revision) references story_revision (story_id, number)
);
