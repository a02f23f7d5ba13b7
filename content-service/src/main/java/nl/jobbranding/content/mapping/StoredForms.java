package nl.jobbranding.content.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.BodyFormat;
import nl.jobbranding.content.model.Language;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.Verdict;
import nl.jobbranding.content.model.stored.StoredContentV1;
import nl.jobbranding.content.model.stored.StoredScreeningV1;
import nl.jobbranding.content.model.stored.StoredVerdictsV1;
import nl.jobbranding.content.screening.Finding;
import nl.jobbranding.content.screening.ScreeningResult;
import nl.jobbranding.content.screening.Severity;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The stored forms (package {@code model.stored}) to and from the records the service works with, and their JSON. The
 * JSON is written and read by a mapper of its own, so neither the API's Jackson settings nor a renamed API field can
 * change what is stored; every document carries its {@code schema} version, and reading one of an unknown version
 * fails loudly. The entities use the converters below, so the columns always hold the stored form.
 */
public final class StoredForms {

    /** Strict: a stored document with a field its version does not have is an error, not something to skip. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private StoredForms() {
    }

    // ---- story content

    public static StoredContentV1 stored(StoryContent c) {
        return new StoredContentV1(StoredContentV1.SCHEMA, c.title(), c.summary(), c.body(), code(c.bodyFormat()),
                code(c.language()), c.channels(), c.tags(),
                map(c.media(), m -> new StoredContentV1.Media(m.url(), m.altText())), c.vacancyLinks(),
                c.author() == null ? null : new StoredContentV1.Author(c.author().name(), c.author().pseudonym(), c.author().role()),
                c.featuredPeople(),
                c.contactPerson() == null ? null : new StoredContentV1.ContactPerson(c.contactPerson().name(),
                        c.contactPerson().role(), c.contactPerson().email(), c.contactPerson().phone()));
    }

    public static StoryContent content(StoredContentV1 s) {
        return new StoryContent(s.title(), s.summary(), s.body(), constant(BodyFormat.class, s.bodyFormat()),
                constant(Language.class, s.language()), s.channels(), s.tags(),
                map(s.media(), m -> new StoryContent.Media(m.url(), m.altText())), s.vacancyLinks(),
                s.author() == null ? null : new StoryContent.Author(s.author().name(), s.author().pseudonym(), s.author().role()),
                s.featuredPeople(),
                s.contactPerson() == null ? null : new StoryContent.ContactPerson(s.contactPerson().name(),
                        s.contactPerson().role(), s.contactPerson().email(), s.contactPerson().phone()));
    }

    // ---- screening

    public static StoredScreeningV1 stored(ScreeningResult r) {
        ScreeningResult.Readability readability = r.readability();
        return new StoredScreeningV1(StoredScreeningV1.SCHEMA, r.rulesVersion(),
                map(r.findings(), f -> new StoredScreeningV1.Finding(f.id(), f.value(), f.rule(), f.severity().name(),
                        f.messageNl(), f.messageEn(), f.field(), f.start(), f.end(), f.excerpt(), f.suggestion(), f.channel())),
                readability == null ? null : new StoredScreeningV1.Readability(readability.score(), readability.targetLevel(),
                        readability.minimumScore(), readability.words(), readability.sentences(), readability.longSentences()),
                map(r.omitted(), o -> new StoredScreeningV1.Omitted(o.rule(), o.value(), o.severity().name(), o.count())));
    }

    public static ScreeningResult screening(StoredScreeningV1 s) {
        StoredScreeningV1.Readability readability = s.readability();
        return new ScreeningResult(s.rulesVersion(),
                map(s.findings(), f -> new Finding(f.id(), f.value(), f.rule(), Severity.of(f.severity()), f.messageNl(),
                        f.messageEn(), f.field(), f.start(), f.end(), f.excerpt(), f.suggestion(), f.channel())),
                readability == null ? null : new ScreeningResult.Readability(readability.score(), readability.targetLevel(),
                        readability.minimumScore(), readability.words(), readability.sentences(), readability.longSentences()),
                map(s.omitted(), o -> new ScreeningResult.Omitted(o.rule(), o.value(), Severity.of(o.severity()), o.count())));
    }

    // ---- review verdicts

    public static StoredVerdictsV1 stored(ReviewEntity.Verdicts v) {
        return new StoredVerdictsV1(StoredVerdictsV1.SCHEMA,
                map(v.values(), x -> new StoredVerdictsV1.ValueVerdict(x.value(), code(x.verdict()), x.explanation())),
                map(v.channels(), x -> new StoredVerdictsV1.ChannelVerdict(x.channel(), code(x.verdict()), x.explanation())));
    }

    public static ReviewEntity.Verdicts verdicts(StoredVerdictsV1 s) {
        return new ReviewEntity.Verdicts(
                map(s.values(), x -> new ReviewInput.ValueVerdict(x.value(), constant(Verdict.class, x.verdict()), x.explanation())),
                map(s.channels(), x -> new ReviewInput.ChannelVerdict(x.channel(), constant(Verdict.class, x.verdict()),
                        x.explanation())));
    }

    // ---- JSON

    /** The stored JSON of a stored record. */
    public static String write(Record stored) {
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the stored form " + stored.getClass().getSimpleName(), e);
        }
    }

    /** Reads a stored document of the given kind, by its schema version (only version 1 exists so far). */
    static <T extends Record> T read(String json, Class<T> v1) {
        try {
            JsonNode document = JSON.readTree(json);
            int schema = document.path("schema").asInt(0);
            if (schema != 1) {
                throw new IllegalStateException("stored " + v1.getSimpleName() + " of unknown schema version " + schema);
            }
            return JSON.treeToValue(document, v1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that is not a " + v1.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String code(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list == null ? null : list.stream().map(f).toList();
    }

    /** A column that holds a stored form as JSON: the attribute is mapped to its stored record and back. */
    abstract static class StoredJson<A, S extends Record> implements AttributeConverter<A, String> {
        private final Class<S> stored;
        private final Function<A, S> toStored;
        private final Function<S, A> fromStored;

        StoredJson(Class<S> stored, Function<A, S> toStored, Function<S, A> fromStored) {
            this.stored = stored;
            this.toStored = toStored;
            this.fromStored = fromStored;
        }

        @Override
        public String convertToDatabaseColumn(A attribute) {
            return attribute == null ? null : write(toStored.apply(attribute));
        }

        @Override
        public A convertToEntityAttribute(String json) {
            return json == null ? null : fromStored.apply(read(json, stored));
        }
    }

    /** {@code story.content} and {@code story_revision.content}. */
    @Converter
    public static final class ContentConverter extends StoredJson<StoryContent, StoredContentV1> {
        public ContentConverter() {
            super(StoredContentV1.class, StoredForms::stored, StoredForms::content);
        }
    }

    /** {@code story_revision.screening}. */
    @Converter
    public static final class ScreeningConverter extends StoredJson<ScreeningResult, StoredScreeningV1> {
        public ScreeningConverter() {
            super(StoredScreeningV1.class, StoredForms::stored, StoredForms::screening);
        }
    }

    /** {@code review.verdicts}. */
    @Converter
    public static final class VerdictsConverter extends StoredJson<ReviewEntity.Verdicts, StoredVerdictsV1> {
        public VerdictsConverter() {
            super(StoredVerdictsV1.class, StoredForms::stored, StoredForms::verdicts);
        }
    }
}
