-- Webhook subscriptions and their deliveries (issue 16 item 1). A subscription reads the event feed from its own
-- position (feed_tx_id, feed_seq) and makes one delivery per matching event; deliveries are claimed for a while
-- (claimed_until, claim_token) with FOR UPDATE SKIP LOCKED, delivered without any lock held, and recorded after.
create table webhook_subscription (
    id              uuid          primary key,
    url             varchar(2000) not null,
    description     varchar(500),
    event_types     jsonb         not null,
    secret          varchar(200)  not null,
    status          varchar(20)   not null,
    disabled_reason varchar(1000),
    failing_since   timestamptz,
    created_by      varchar(200)  not null,
    feed_tx_id      bigint        not null,
    feed_seq        bigint        not null,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint webhook_subscription_status check (status in ('ACTIVE', 'DISABLED'))
);

create table webhook_delivery (
    id              uuid          primary key,
    seq             bigint        generated always as identity unique,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        uuid          not null references event (id),
    event_type      varchar(60)   not null,
    subject_id      uuid          not null,
    status          varchar(20)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    claimed_until   timestamptz,
    claim_token     uuid,
    last_attempt_at timestamptz,
    last_status     int,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz   not null,
    constraint webhook_delivery_once unique (subscription_id, event_id),
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED'))
);
-- What is waiting, oldest first; and per subscription and subject, so that a later event waits for an earlier one.
create index webhook_delivery_pending on webhook_delivery (next_attempt_at, seq) where status = 'PENDING';
create index webhook_delivery_pending_subject on webhook_delivery (subscription_id, subject_id, seq) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, seq);

create table webhook_attempt (
    id          bigint       generated always as identity primary key,
    delivery_id uuid         not null references webhook_delivery (id) on delete cascade,
    at          timestamptz  not null,
    status_code int,
    error       varchar(500),
    duration_ms int          not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
