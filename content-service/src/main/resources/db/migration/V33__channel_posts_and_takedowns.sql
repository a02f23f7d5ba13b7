-- Per-channel publication and takedown (issue 15, item 4): where a story was actually posted (the LinkedIn or Instagram
-- post), and, when it goes off line (withdrawn, also for a withdrawn consent, expired or archived), a takedown task per
-- channel where it was posted, open until a community manager confirms the post is gone and when.
create table story_post (
    story_id       uuid         not null references story (id),
    channel_code   varchar(40)  not null,
    url            varchar(500) not null,
    posted_at      timestamptz  not null,
    posted_by      varchar(200) not null,
    posted_by_name varchar(200) not null,
    version        bigint       not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    primary key (story_id, channel_code)
);

create table takedown_task (
    id                uuid primary key,
    story_id          uuid         not null references story (id),
    channel_code      varchar(40)  not null,
    url               varchar(500) not null,
    cause             varchar(30)  not null,
    opened_at         timestamptz  not null,
    taken_down_at     timestamptz,
    confirmed_by      varchar(200),
    confirmed_by_name varchar(200),
    confirmed_at      timestamptz,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    foreign key (story_id, channel_code) references story_post (story_id, channel_code),
    constraint takedown_task_confirmed check ((taken_down_at is null) = (confirmed_at is null))
);
-- Open tasks oldest first (the community managers' list), and every task newest first (the transparency log).
create index takedown_task_open on takedown_task (opened_at, id) where taken_down_at is null;
create index takedown_task_opened on takedown_task (opened_at desc, id desc);
create index takedown_task_story on takedown_task (story_id);
