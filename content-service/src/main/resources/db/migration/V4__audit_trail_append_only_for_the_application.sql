-- The audit trail stays append-only also against TRUNCATE, which row triggers do not see.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- When the service runs as its own role rather than as the schema's owner (QUARKUS_FLYWAY_USERNAME names the owner),
-- that role may read and write the tables, and owns none of them; on the audit trail it may only read and add.
do $$
begin
    if '${application_role}' <> current_user then
        execute format('grant usage on schema public to %I', '${application_role}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${application_role}');
        execute format('grant usage, select on all sequences in schema public to %I', '${application_role}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                       '${application_role}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I',
                       '${application_role}');
    end if;
end
$$;
do $$
begin
    if '${application_role}' <> current_user then
        execute format('revoke update, delete, truncate on audit_event from %I', '${application_role}');
    end if;
end
$$;
