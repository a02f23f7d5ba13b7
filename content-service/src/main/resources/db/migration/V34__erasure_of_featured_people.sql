-- Erasure of a featured person (issue 15, item 5; GDPR article 17): their personal data is removed everywhere it is
-- stored. The audit trail stays append-only with exactly one exception: the erasure replaces the person's name in
-- entries' reasons (free text a campaign or community manager wrote) with a marker. Nothing else of an entry can change,
-- no entry can be deleted, and only this function, owned by the schema's owner, can do it: the service's role still has
-- no right to update the trail.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('content.erasure', true) = 'on'
            and (new.id, new.story_id, new.at, new.actor_id, new.actor_name, new.actor_role, new.action, new.from_state,
                 new.to_state, new.revision)
                is not distinct from
                (old.id, old.story_id, old.at, old.actor_id, old.actor_name, old.actor_role, old.action, old.from_state,
                 old.to_state, old.revision) then
        return new;
    end if;
    raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end;
$$;

-- Replaces what matches the pattern (a person's name, as the erasure writes it) in the reasons of these stories' entries.
create function audit_event_erase(pattern text, replacement text, story_ids uuid[]) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    changed integer;
begin
    perform set_config('content.erasure', 'on', true);
    update audit_event set reason = left(regexp_replace(reason, pattern, replacement, 'gi'), 4000)
        where story_id = any (story_ids) and reason ~* pattern;
    get diagnostics changed = row_count;
    perform set_config('content.erasure', 'off', true);
    return changed;
end;
$$;
revoke all on function audit_event_erase(text, text, uuid[]) from public;
do $$
begin
    execute format('grant execute on function audit_event_erase(text, text, uuid[]) to %I', '${application_role}');
end
$$;
