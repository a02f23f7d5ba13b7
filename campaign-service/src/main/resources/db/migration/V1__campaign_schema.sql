-- campaign-service schema. Flyway owns it; Hibernate only validates it.

create table channel (
    code                 varchar(32)   primary key,
    name                 varchar(100)  not null,
    audience_description varchar(1000) not null,
    tone                 varchar(500)  not null,
    max_length           integer       not null check (max_length between 1 and 100000),
    hashtag_policy       varchar(16)   not null check (hashtag_policy in ('NONE', 'OPTIONAL', 'REQUIRED')),
    max_hashtags         integer       not null check (max_hashtags between 0 and 30),
    language_level       varchar(2)    not null check (language_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null
);

create table channel_format (
    channel_code varchar(32) not null references channel (code) on delete cascade,
    format       varchar(32) not null,
    primary key (channel_code, format)
);

create table target_group (
    code        varchar(40)   primary key,
    name        varchar(100)  not null,
    description varchar(1000),
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null
);

create table unit (
    code          varchar(24)   primary key,
    name          varchar(200)  not null,
    description   varchar(2000),
    sensitive     boolean       not null,
    contact_name  varchar(200)  not null,
    contact_email varchar(254),
    contact_phone varchar(32),
    contact_url   varchar(500),
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);

create table campaign (
    id          uuid          primary key,
    name        varchar(200)  not null unique,
    tagline     varchar(300),
    description varchar(4000),
    start_date  date          not null,
    end_date    date,
    status      varchar(16)   not null check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    check (end_date is null or end_date >= start_date)
);

create table campaign_value (
    campaign_id     uuid          not null references campaign (id) on delete cascade,
    position        integer       not null,
    code            varchar(40)   not null,
    name            varchar(100)  not null,
    guidance        varchar(2000) not null,
    government_wide boolean       not null,
    primary key (campaign_id, position),
    unique (campaign_id, code)
);

create table campaign_channel (
    campaign_id  uuid        not null references campaign (id) on delete cascade,
    channel_code varchar(32) not null references channel (code),
    primary key (campaign_id, channel_code)
);

create table campaign_target_group (
    campaign_id       uuid        not null references campaign (id) on delete cascade,
    target_group_code varchar(40) not null references target_group (code),
    primary key (campaign_id, target_group_code)
);

create table series (
    id                uuid          primary key,
    campaign_id       uuid          not null references campaign (id),
    unit_code         varchar(24)   not null references unit (code),
    name              varchar(200)  not null,
    description       varchar(4000),
    format            varchar(32)   not null,
    stories_per_month integer       not null check (stories_per_month between 1 and 100),
    status            varchar(16)   not null check (status in ('PLANNED', 'ACTIVE', 'PAUSED', 'ENDED')),
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    unique (campaign_id, name)
);
create index series_unit_idx on series (unit_code);

create table series_channel (
    series_id    uuid        not null references series (id) on delete cascade,
    channel_code varchar(32) not null references channel (code),
    primary key (series_id, channel_code)
);

create table series_target_group (
    series_id         uuid        not null references series (id) on delete cascade,
    target_group_code varchar(40) not null references target_group (code),
    primary key (series_id, target_group_code)
);

create table capacity (
    id                       uuid         primary key,
    campaign_id              uuid         not null references campaign (id) on delete cascade,
    channel_code             varchar(32)  not null references channel (code),
    hours_per_week           numeric(5,2) not null check (hours_per_week between 0 and 168),
    review_minutes_per_story integer      not null check (review_minutes_per_story between 1 and 480),
    version                  bigint       not null,
    created_at               timestamp(6) with time zone not null,
    updated_at               timestamp(6) with time zone not null,
    unique (campaign_id, channel_code)
);
