-- Terms a campaign adds to content-service's automated pre-screen: literal phrases that give a finding on one of the
-- campaign's values.
create table campaign_screening_term (
    campaign_id uuid         not null references campaign (id) on delete cascade,
    position    integer      not null,
    phrase      varchar(100) not null,
    value_code  varchar(40)  not null,
    severity    varchar(8)   not null check (severity in ('BLOCK', 'WARN', 'INFO')),
    language    varchar(2)   check (language in ('nl', 'en')),
    note        varchar(500),
    primary key (campaign_id, position)
);
