-- Story requests (issue 16, item 2): community and campaign managers ask a unit (or one of its series) for a story;
-- the unit's editors accept or decline it with a reason, and link the story that answers it. The request is fulfilled
-- when that story is published (in the same transaction as the publication). Unit, series, channel and target group
-- are campaign-service's and are checked over HTTP when the request is made.
create table story_request (
    id                 uuid primary key,
    unit_code          varchar(20)   not null,
    series_id          uuid,
    campaign_id        uuid,
    topic              varchar(200)  not null,
    target_group       varchar(60),
    channel            varchar(40),
    wanted_by          date          not null,
    notes              varchar(4000),
    state              varchar(20)   not null,
    requested_by       varchar(200)  not null,
    requested_by_name  varchar(200)  not null,
    decision_reason    varchar(2000),
    decided_by         varchar(200),
    decided_by_name    varchar(200),
    decided_at         timestamptz,
    story_id           uuid references story (id) on delete set null,
    linked_at          timestamptz,
    fulfilled_at       timestamptz,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    constraint story_request_state check (state in ('OPEN', 'ACCEPTED', 'DECLINED', 'FULFILLED')),
    constraint story_request_wanted_by_month check (extract(day from wanted_by) = 1),
    constraint story_request_fulfilled check ((state = 'FULFILLED') = (fulfilled_at is not null))
);
create index story_request_state on story_request (state, id);
create index story_request_unit on story_request (unit_code, id);
create index story_request_series on story_request (series_id, id) where series_id is not null;
create index story_request_story on story_request (story_id) where story_id is not null;
