package nl.jobbranding.content.model.stored;

import java.util.List;

/**
 * A revision's pre-screen as stored ({@code story_revision.screening}), version 1. Severities are stored as the
 * screen's upper-case names ({@code BLOCK}, {@code WARN}, {@code INFO}); offsets are UTF-16 offsets in the field.
 */
public record StoredScreeningV1(int schema, String rulesVersion, List<Finding> findings, Readability readability,
                                List<Omitted> omitted) {

    public static final int SCHEMA = 1;

    public record Finding(String id, String value, String rule, String severity, String messageNl, String messageEn,
                          String field, int start, int end, String excerpt, String suggestion, String channel) {
    }

    public record Readability(Double score, String targetLevel, Integer minimumScore, int words, int sentences,
                              int longSentences) {
    }

    public record Omitted(String rule, String value, String severity, int count) {
    }
}
