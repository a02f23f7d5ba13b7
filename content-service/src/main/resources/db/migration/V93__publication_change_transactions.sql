-- The public feed's version (issue 14): the latest committed change into or out of the published set, by the
-- transaction that wrote it, counted only once every older transaction has ended (pg_snapshot_xmin, as the event feed
-- does). The highest id alone missed a withdrawal whose id was taken before a later change committed first.
-- Rows written before this version keep no transaction id (adding the column with a default would rewrite the table);
-- every new row gets its transaction's id.
alter table audit_event add column tx_id bigint;
alter table audit_event alter column tx_id set default (pg_current_xact_id()::text::bigint);
drop index audit_event_publication_change;
create index audit_event_publication_change on audit_event (tx_id)
    where from_state = 'PUBLISHED' or to_state = 'PUBLISHED' or action in ('WITHDRAW', 'EXPIRE');
