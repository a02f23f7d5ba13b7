-- Corrections after publication (issue 15, item 3): an edit to a published story is a new revision that goes through
-- review while the published revision stays live. What the public reads is the revision this pointer names, not the
-- story's current content; a story is live exactly while it is set.
alter table story add column published_revision integer;
-- The author declared the submitted correction minor (a typo): one review suffices, also for a sensitive unit.
alter table story add column minor_correction boolean not null default false;
update story set published_revision = revision where state = 'PUBLISHED';

drop index story_published_newest;
create index story_live_newest on story (published_at desc, id desc) where published_revision is not null;
drop index story_due_expiry;
create index story_due_expiry on story (expires_at) where published_revision is not null;

-- The feed's version also changes when a live story under correction goes off line (withdrawn or expired from another
-- state than published).
drop index audit_event_publication_change;
create index audit_event_publication_change on audit_event (id)
    where from_state = 'PUBLISHED' or to_state = 'PUBLISHED' or action in ('WITHDRAW', 'EXPIRE');
