-- The public feed: published stories newest publication first, in pages (keyset on published_at, id).
create index story_published_newest on story (published_at desc, id desc) where state = 'PUBLISHED';
-- The feed's version: the latest audit event into or out of the published set, found without reading the trail.
create index audit_event_publication_change on audit_event (id) where from_state = 'PUBLISHED' or to_state = 'PUBLISHED';
