-- Storage model apart from the API (issue 15, item 6): the JSON documents content-service keeps (a story's content,
-- every revision's content and pre-screen, a review's verdicts) were the API's records as Jackson wrote them. From now
-- on each column holds a stored form of its own, with its schema version (model.stored.*V1, mapped in
-- mapping.StoredForms), so renaming a field of the API cannot change what is stored. This rewrites every existing
-- document into version 1: the same fields and values, each object rebuilt with exactly the fields of its stored record
-- (a field the old document lacked, such as a screening's "omitted" before it existed, gets its empty value), and
-- severities in the screen's upper-case names.
--
-- Revisions are history: this changes their form, never what they say. (No trigger guards story_revision or review;
-- the service never updates them except through an erasure. The migration runs as the schema's owner.)

create function pg_temp.stored_content_v1(c jsonb) returns jsonb language sql immutable as $$
    select jsonb_build_object(
        'schema', 1,
        'title', c -> 'title',
        'summary', coalesce(c -> 'summary', 'null'::jsonb),
        'body', c -> 'body',
        'bodyFormat', c -> 'bodyFormat',
        'language', c -> 'language',
        'channels', coalesce(c -> 'channels', 'null'::jsonb),
        'tags', coalesce(c -> 'tags', 'null'::jsonb),
        'media', case when jsonb_typeof(c -> 'media') = 'array' then
            (select coalesce(jsonb_agg(jsonb_build_object('url', m -> 'url', 'altText', m -> 'altText') order by n), '[]'::jsonb)
             from jsonb_array_elements(c -> 'media') with ordinality as e(m, n))
            else 'null'::jsonb end,
        'vacancyLinks', coalesce(c -> 'vacancyLinks', 'null'::jsonb),
        'author', case when jsonb_typeof(c -> 'author') = 'object' then
            jsonb_build_object('name', c -> 'author' -> 'name', 'pseudonym', coalesce(c -> 'author' -> 'pseudonym', 'false'::jsonb),
                               'role', c -> 'author' -> 'role')
            else 'null'::jsonb end,
        'featuredPeople', coalesce(c -> 'featuredPeople', 'null'::jsonb),
        'contactPerson', case when jsonb_typeof(c -> 'contactPerson') = 'object' then
            jsonb_build_object('name', c -> 'contactPerson' -> 'name',
                               'role', coalesce(c -> 'contactPerson' -> 'role', 'null'::jsonb),
                               'email', coalesce(c -> 'contactPerson' -> 'email', 'null'::jsonb),
                               'phone', coalesce(c -> 'contactPerson' -> 'phone', 'null'::jsonb))
            else 'null'::jsonb end)
$$;

create function pg_temp.stored_screening_v1(s jsonb) returns jsonb language sql immutable as $$
    select jsonb_build_object(
        'schema', 1,
        'rulesVersion', coalesce(s -> 'rulesVersion', 'null'::jsonb),
        'findings', (select coalesce(jsonb_agg(jsonb_build_object(
                         'id', f -> 'id', 'value', f -> 'value', 'rule', f -> 'rule',
                         'severity', to_jsonb(upper(f ->> 'severity')),
                         'messageNl', coalesce(f -> 'messageNl', 'null'::jsonb),
                         'messageEn', coalesce(f -> 'messageEn', 'null'::jsonb),
                         'field', f -> 'field', 'start', f -> 'start', 'end', f -> 'end',
                         'excerpt', coalesce(f -> 'excerpt', 'null'::jsonb),
                         'suggestion', coalesce(f -> 'suggestion', 'null'::jsonb),
                         'channel', coalesce(f -> 'channel', 'null'::jsonb)) order by n), '[]'::jsonb)
                     from jsonb_array_elements(case when jsonb_typeof(s -> 'findings') = 'array' then s -> 'findings'
                                                    else '[]'::jsonb end) with ordinality as e(f, n)),
        'readability', case when jsonb_typeof(s -> 'readability') = 'object' then
            jsonb_build_object('score', coalesce(s -> 'readability' -> 'score', 'null'::jsonb),
                               'targetLevel', coalesce(s -> 'readability' -> 'targetLevel', 'null'::jsonb),
                               'minimumScore', coalesce(s -> 'readability' -> 'minimumScore', 'null'::jsonb),
                               'words', coalesce(s -> 'readability' -> 'words', '0'::jsonb),
                               'sentences', coalesce(s -> 'readability' -> 'sentences', '0'::jsonb),
                               'longSentences', coalesce(s -> 'readability' -> 'longSentences', '0'::jsonb))
            else 'null'::jsonb end,
        'omitted', (select coalesce(jsonb_agg(jsonb_build_object(
                        'rule', o -> 'rule', 'value', o -> 'value', 'severity', to_jsonb(upper(o ->> 'severity')),
                        'count', o -> 'count') order by n), '[]'::jsonb)
                    from jsonb_array_elements(case when jsonb_typeof(s -> 'omitted') = 'array' then s -> 'omitted'
                                                   else '[]'::jsonb end) with ordinality as e(o, n)))
$$;

create function pg_temp.stored_verdicts_v1(v jsonb) returns jsonb language sql immutable as $$
    select jsonb_build_object(
        'schema', 1,
        'values', (select coalesce(jsonb_agg(jsonb_build_object('value', x -> 'value', 'verdict', x -> 'verdict',
                                                                'explanation', coalesce(x -> 'explanation', 'null'::jsonb))
                                             order by n), '[]'::jsonb)
                   from jsonb_array_elements(coalesce(v -> 'values', '[]'::jsonb)) with ordinality as e(x, n)),
        'channels', (select coalesce(jsonb_agg(jsonb_build_object('channel', x -> 'channel', 'verdict', x -> 'verdict',
                                                                  'explanation', coalesce(x -> 'explanation', 'null'::jsonb))
                                               order by n), '[]'::jsonb)
                     from jsonb_array_elements(coalesce(v -> 'channels', '[]'::jsonb)) with ordinality as e(x, n)))
$$;

update story set content = pg_temp.stored_content_v1(content) where content -> 'schema' is null;
update story_revision set content = pg_temp.stored_content_v1(content) where content -> 'schema' is null;
update story_revision set screening = pg_temp.stored_screening_v1(screening)
    where screening is not null and screening -> 'schema' is null;
update review set verdicts = pg_temp.stored_verdicts_v1(verdicts) where verdicts -> 'schema' is null;

-- What the service writes from now on is version 1 or later; a document without its version is refused.
alter table story add constraint story_content_stored_form check (content -> 'schema' is not null);
alter table story_revision add constraint story_revision_content_stored_form check (content -> 'schema' is not null);
alter table story_revision add constraint story_revision_screening_stored_form check (screening is null or screening -> 'schema' is not null);
alter table review add constraint review_verdicts_stored_form check (verdicts -> 'schema' is not null);
