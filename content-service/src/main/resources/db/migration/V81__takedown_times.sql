-- Takedown times in the analytics (issue 16): takedowns confirmed in a period, found by when they were confirmed.
create index takedown_task_confirmed on takedown_task (confirmed_at) where confirmed_at is not null;
