-- When the service runs as its own role rather than as the schema's owner (QUARKUS_FLYWAY_USERNAME names the owner),
-- that role may read and write the tables, and owns none of them.
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
