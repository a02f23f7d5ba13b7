-- campaign-service's events delivered as webhooks (issue 16): content-service reads /campaign-events with its own token
-- and copies each event, with its id, into its outbox, where the webhook deliverer fans it out like its own. Its
-- position in that feed is kept here, changed in the transaction that copies the events, so a restart resumes where
-- the last committed copy ended: nothing is lost, and an event copied twice is the same row (its id).
create table campaign_event_import (
    id           smallint      primary key default 1,
    after_cursor varchar(200)  not null,
    copied       bigint        not null default 0,
    updated_at   timestamptz,
    constraint campaign_event_import_one_row check (id = 1)
);
insert into campaign_event_import (id, after_cursor) values (1, '');
