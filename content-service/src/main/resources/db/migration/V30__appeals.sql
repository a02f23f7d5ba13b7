-- Appeals (issue 15, item 2): a unit editor appeals a rejection or a request for changes, once per decision; a community
-- manager who did not take the decision, or a campaign manager, upholds or overturns it. The appellant's and the
-- decider's names and reasons stay here, never in the audit trail or the transparency log.
create table appeal (
    id               uuid primary key,
    story_id         uuid          not null references story (id),
    review_id        uuid          not null unique references review (id),
    decision         varchar(30)   not null,
    appealed_by      varchar(200)  not null,
    appealed_by_name varchar(200)  not null,
    reasons          varchar(4000) not null,
    outcome          varchar(20),
    decided_by       varchar(200),
    decided_by_name  varchar(200),
    outcome_reasons  varchar(4000),
    decided_at       timestamptz,
    version          bigint        not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint appeal_outcome check (outcome in ('UPHELD', 'OVERTURNED')),
    constraint appeal_decided check ((outcome is null) = (decided_at is null))
);
create index appeal_story on appeal (story_id, created_at, id);
