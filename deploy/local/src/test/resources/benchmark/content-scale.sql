-- Scale data for content-service (the benchmark only, never the product): stories ${from} to ${to} of the issue's mix
-- (of every 10: 6 published, 1 submitted, 3 drafts) over the 5,000 series and 50 units of campaign-scale.sql, each
-- with ${auditPerStory} audit events; the submitted ones with a screened revision. Text, channels, screening and
-- review values are copied from the first screened story of the demo data. Ids are time-ordered (UUID version 7 from
-- created_at), as the service makes them; the stories lie in the year before 2026-01-01, older than the demo's.
create temporary table template as
select s.content, s.review_values, r.screening
from story s join story_revision r on r.story_id = s.id and r.number = s.revision
where r.screening is not null
order by s.created_at
limit 1;

create temporary table generated as
select i,
       (lpad(to_hex((extract(epoch from at) * 1000)::bigint), 12, '0') || '7' || substr(md5(i::text), 1, 3) || '8'
           || substr(md5(i::text), 4, 15))::uuid as id,
       md5('series-' || (i % 5000))::uuid as series_id,
       'SCHAAL' || lpad(((i % 5000) % 50)::text, 2, '0') as unit_code,
       case when i % 10 < 6 then 'PUBLISHED' when i % 10 = 6 then 'SUBMITTED' else 'DRAFT' end as state,
       at
from generate_series(${from}, ${to}) i,
     lateral (select timestamptz '2025-01-01 00:00:00+00' + i * interval '31 seconds' as at) t;

insert into story (id, series_id, unit_code, campaign_id, state, revision, content, created_by, unit_sensitive,
                   approvals_needed, review_values, submitted_at, published_at, version, created_at, updated_at)
select g.id, g.series_id, g.unit_code, md5('scale-campaign')::uuid, g.state, 1,
       jsonb_set(t.content, '{title}', to_jsonb('Verhaal ' || g.i)), 'scale-editor', false, 1, t.review_values,
       case when g.state <> 'DRAFT' then g.at + interval '1 hour' end,
       case when g.state = 'PUBLISHED' then g.at + interval '2 hours' end,
       1, g.at, g.at
from generated g cross join template t;

insert into story_channel (story_id, channel_code)
select g.id, c.code
from generated g cross join template t cross join lateral jsonb_array_elements_text(t.content -> 'channels') c(code);

insert into story_revision (story_id, number, content, created_by, created_by_name, created_at, screening, screened_at)
select g.id, 1, jsonb_set(t.content, '{title}', to_jsonb('Verhaal ' || g.i)), 'scale-editor', 'Schaalredactie', g.at,
       case when g.state = 'SUBMITTED' then t.screening end, case when g.state = 'SUBMITTED' then g.at + interval '1 hour' end
from generated g cross join template t
where g.state = 'SUBMITTED';

-- The trail: created, revised, and at last into the story's state (published stories from approved).
insert into audit_event (story_id, at, actor_id, actor_name, actor_role, action, from_state, to_state, revision, reason)
select g.id, g.at + e * interval '1 second', 'scale-editor', 'Schaalredactie',
       case when e = ${auditPerStory} and g.state = 'PUBLISHED' then 'campaign-manager' else 'unit-editor' end,
       case when e = 1 then 'CREATE' when e < ${auditPerStory} or g.state = 'DRAFT' then 'REVISE'
            when g.state = 'SUBMITTED' then 'SUBMIT' else 'PUBLISH' end,
       case when e = 1 then null when e = ${auditPerStory} and g.state = 'PUBLISHED' then 'APPROVED' else 'DRAFT' end,
       case when e = ${auditPerStory} then g.state else 'DRAFT' end,
       1, null
from generated g cross join generate_series(1, ${auditPerStory}) e;

drop table generated;
drop table template;
