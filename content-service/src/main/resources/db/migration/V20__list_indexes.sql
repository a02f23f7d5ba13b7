-- Lists that stay flat at a million stories: each list's filter and sort order is read from an index in that order,
-- so a page costs the same at 1,000 and at 1,000,000 stories (keyset paging; checked with EXPLAIN on generated data).

-- The moderation queue: waiting stories, oldest submission first (keyset on submitted_at, id), all of them or those of
-- one unit or campaign. Partial: only the waiting stories are in it, so it stays small however many stories there are.
create index story_waiting on story (submitted_at, id) where state in ('SUBMITTED', 'IN_REVIEW');
create index story_waiting_unit on story (unit_code, submitted_at, id) where state in ('SUBMITTED', 'IN_REVIEW');
create index story_waiting_campaign on story (campaign_id, submitted_at, id) where state in ('SUBMITTED', 'IN_REVIEW');
-- The queue and the metrics read waiting stories from story_waiting now; counting per state uses story_state_id.
drop index story_state;

-- The story list (keyset on id) filtered by state, by campaign, or a unit's stories by state (unit editors always see
-- their own unit's: story_unit already covers that list unfiltered, story_series the list per series).
create index story_state_id on story (state, id);
create index story_campaign on story (campaign_id, id);
create index story_unit_state on story (unit_code, state, id);

-- Published stories of one campaign or unit, newest publication first (the campaign overview's latest stories).
create index story_published_campaign on story (campaign_id, published_at desc, id desc) where state = 'PUBLISHED';
create index story_published_unit on story (unit_code, published_at desc, id desc) where state = 'PUBLISHED';
