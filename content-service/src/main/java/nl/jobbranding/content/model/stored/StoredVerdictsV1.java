package nl.jobbranding.content.model.stored;

import java.util.List;

/** A review's verdicts as stored ({@code review.verdicts}), version 1. Verdicts are lower-case codes ({@code meets}). */
public record StoredVerdictsV1(int schema, List<ValueVerdict> values, List<ChannelVerdict> channels) {

    public static final int SCHEMA = 1;

    public record ValueVerdict(String value, String verdict, String explanation) {
    }

    public record ChannelVerdict(String channel, String verdict, String explanation) {
    }
}
