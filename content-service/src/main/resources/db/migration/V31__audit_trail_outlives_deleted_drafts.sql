-- A draft that was never submitted can be deleted (issue 15, item 3): the story, its revisions and comments go, while
-- its audit entries stay (the trail is append-only), naming the story by id with a last entry for the deletion. So the
-- trail no longer requires its story to exist.
alter table audit_event drop constraint audit_event_story_id_fkey;
