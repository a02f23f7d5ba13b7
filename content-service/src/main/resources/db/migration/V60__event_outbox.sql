-- The transactional outbox (issue 16 item 1): one row per event, written in the same transaction as the change it
-- tells of. The feed orders by the writing transaction (tx_id, set here by the database) and then by seq, and shows
-- only transactions older than every one still running, so no event ever appears behind a position already handed out.
create table event (
    id          uuid         primary key,
    seq         bigint       generated always as identity unique,
    tx_id       bigint       not null default (pg_current_xact_id()::text::bigint),
    type        varchar(60)  not null,
    subject_id  uuid         not null,
    occurred_at timestamptz  not null,
    data        jsonb        not null
);
create index event_feed on event (tx_id, seq);

-- Events are facts: the service's role adds and reads them, never changes or deletes one.
do $$
begin
    if '${application_role}' <> current_user then
        execute format('revoke update, delete, truncate on event from %I', '${application_role}');
    end if;
end
$$;
