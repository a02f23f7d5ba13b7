package nl.jobbranding.gateway.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import nl.jobbranding.gateway.api.ModerationOverview;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the moderation queue page, read straight from the composed overview's JSON: only what the page shows
 * (converting each story, series and unit to maps for the template cost more than the page's own work).
 *
 * @param unitName  the unit's name, its code when campaign-service did not answer
 * @param claimedBy who holds a live claim, or null
 */
@TemplateData
public record QueueRow(String storyId, String title, String unitName, boolean sensitive, String seriesName, List<String> channels,
                       String state, String age, long blocking, long warnings, String claimedBy) {

    /** The claim's holder when it is live, otherwise null. */
    public static String liveClaimant(JsonNode story) {
        JsonNode claim = story.path("claim");
        return claim.path("live").asBoolean(false) ? text(claim.path("byName")) : null;
    }

    public static QueueRow of(ModerationOverview.Item item, String age, String claimedBy) {
        JsonNode story = item.story();
        List<String> channels = new ArrayList<>(item.channels().size());
        item.channels().forEach(channel -> channels.add(channel.name()));
        JsonNode preScreen = story.path("preScreen");
        return new QueueRow(story.path("storyId").asText(), text(story.path("title")),
                item.unit() != null ? item.unit().name() : story.path("unitCode").asText(), story.path("unitSensitive").asBoolean(),
                item.series() == null ? null : text(item.series().path("name")), channels, story.path("state").asText(), age,
                preScreen.path("block").asLong(), preScreen.path("warn").asLong(), claimedBy);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
