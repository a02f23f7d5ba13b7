-- Scale data for campaign-service (the benchmark only, never the product): 50 units and 5,000 active series in a
-- campaign of their own ("Schaaltest", with the channels, target groups and values of the demo campaign). Ids are
-- derived from numbers (md5), so content-scale.sql refers to the same series without reading this database.
-- Runs once; a second run changes nothing.
insert into unit (code, name, description, sensitive, contact_name, contact_email, version, created_at, updated_at)
select 'SCHAAL' || lpad(u::text, 2, '0'), 'Schaaleenheid ' || u, 'Eenheid voor de schaaltest.', false, 'Team Werken bij',
       'werkenbij@example.nl', 0, now(), now()
from generate_series(0, 49) u
on conflict do nothing;

insert into campaign (id, name, tagline, description, start_date, end_date, status, version, created_at, updated_at)
select md5('scale-campaign')::uuid, 'Schaaltest', 'Een miljoen verhalen.', 'Campagne voor de schaaltest.', date '2024-01-01',
       null, 'ACTIVE', 0, now(), now()
where not exists (select 1 from campaign where id = md5('scale-campaign')::uuid);

insert into campaign_value (campaign_id, position, code, name, guidance, government_wide)
select md5('scale-campaign')::uuid, v.position, v.code, v.name, v.guidance, v.government_wide
from campaign_value v
where v.campaign_id = (select id from campaign where id <> md5('scale-campaign')::uuid order by created_at limit 1)
on conflict do nothing;
insert into campaign_channel (campaign_id, channel_code)
select md5('scale-campaign')::uuid, code from channel on conflict do nothing;
insert into campaign_target_group (campaign_id, target_group_code)
select md5('scale-campaign')::uuid, code from target_group on conflict do nothing;

-- Series n belongs to unit SCHAAL(n % 50); its channels: every channel that offers the format 'TEXT_POST' or
-- 'ARTICLE' (so the format suits them), its target groups: one of the campaign's, in turn.
insert into series (id, campaign_id, unit_code, name, description, format, stories_per_month, status, version, created_at, updated_at)
select md5('series-' || n)::uuid, md5('scale-campaign')::uuid, 'SCHAAL' || lpad((n % 50)::text, 2, '0'), 'Serie ' || n,
       'Serie voor de schaaltest.', 'ARTICLE', 4, 'ACTIVE', 0, now(), now()
from generate_series(0, 4999) n
on conflict do nothing;
insert into series_channel (series_id, channel_code)
select md5('series-' || n)::uuid, f.channel_code
from generate_series(0, 4999) n cross join (select distinct channel_code from channel_format where format = 'ARTICLE') f
on conflict do nothing;
insert into series_target_group (series_id, target_group_code)
select md5('series-' || n)::uuid, t.code
from generate_series(0, 4999) n
join (select code, row_number() over (order by code) - 1 as k, count(*) over () as c from target_group) t on t.k = n % t.c
on conflict do nothing;
