-- content-service owns this database: stories with their revisions, the people featured in them and their consent,
-- reviews, comments and the append-only audit trail. References to campaign-service (series, campaign, unit,
-- channel codes) are plain values: they are checked over HTTP, never by a foreign key into another database.

create table featured_person (
    id                  uuid primary key,
    unit_code           varchar(20)  not null,
    name                varchar(200) not null,
    consent_scope       varchar(1000) not null,
    consent_given_on    date         not null,
    consent_valid_until date         not null,
    withdrawn_at        timestamptz,
    withdrawal_reason   varchar(1000),
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint featured_person_consent_period check (consent_valid_until >= consent_given_on)
);
create index featured_person_unit on featured_person (unit_code, id);

create table featured_person_channel (
    person_id    uuid        not null references featured_person (id) on delete cascade,
    channel_code varchar(40) not null,
    primary key (person_id, channel_code)
);

create table story (
    id                 uuid primary key,
    series_id          uuid         not null,
    unit_code          varchar(20)  not null,
    campaign_id        uuid,
    state              varchar(30)  not null,
    revision           integer      not null,
    content            jsonb        not null,
    created_by         varchar(200) not null,
    unit_sensitive     boolean      not null default false,
    approvals_needed   integer      not null default 1,
    review_values      jsonb,
    submitted_at       timestamptz,
    claimed_by         varchar(200),
    claimed_by_name    varchar(200),
    claimed_until      timestamptz,
    publish_at         timestamptz,
    expires_at         timestamptz,
    published_at       timestamptz,
    state_reason       varchar(2000),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index story_state on story (state, submitted_at, id);
create index story_unit on story (unit_code, id);
create index story_series on story (series_id, id);
create index story_due_publication on story (publish_at) where state = 'SCHEDULED';
create index story_due_expiry on story (expires_at) where state = 'PUBLISHED';

create table story_channel (
    story_id     uuid        not null references story (id) on delete cascade,
    channel_code varchar(40) not null,
    primary key (story_id, channel_code)
);
create index story_channel_code on story_channel (channel_code);

create table story_featured_person (
    story_id  uuid not null references story (id) on delete cascade,
    person_id uuid not null references featured_person (id),
    primary key (story_id, person_id)
);
create index story_featured_person_person on story_featured_person (person_id);

create table story_revision (
    story_id        uuid         not null references story (id) on delete cascade,
    number          integer      not null,
    content         jsonb        not null,
    created_by      varchar(200) not null,
    created_by_name varchar(200) not null,
    created_at      timestamptz  not null,
    primary key (story_id, number)
);

create table review (
    id             uuid primary key,
    story_id       uuid         not null references story (id),
    revision       integer      not null,
    reviewer_id    varchar(200) not null,
    reviewer_name  varchar(200) not null,
    decision       varchar(30)  not null,
    reasons        varchar(4000),
    verdicts       jsonb        not null,
    decided_at     timestamptz  not null
);
create index review_story on review (story_id, decided_at);
create index review_decided on review (decided_at desc, id desc);

create table story_comment (
    id           uuid primary key,
    story_id     uuid          not null references story (id),
    revision     integer       not null,
    parent_id    uuid references story_comment (id),
    author_id    varchar(200)  not null,
    author_name  varchar(200)  not null,
    text         varchar(4000) not null,
    resolved_at  timestamptz,
    resolved_by  varchar(200),
    version      bigint        not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index story_comment_story on story_comment (story_id, created_at, id);

-- The audit trail: append-only. Updates and deletes are refused by the database itself.
create table audit_event (
    id          bigint generated always as identity primary key,
    story_id    uuid         not null references story (id),
    at          timestamptz  not null,
    actor_id    varchar(200) not null,
    actor_name  varchar(200) not null,
    actor_role  varchar(40)  not null,
    action      varchar(40)  not null,
    from_state  varchar(30),
    to_state    varchar(30)  not null,
    revision    integer      not null,
    reason      varchar(4000)
);
create index audit_event_story on audit_event (story_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
