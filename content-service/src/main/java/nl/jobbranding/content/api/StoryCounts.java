package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Story counts per series and state; states without stories are left out.")
public record StoryCounts(List<StoryCount> counts) {
}
