package nl.jobbranding.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One campaign as a read gives it, with its values, target groups, channels and screening terms (in the order the API
 * shows them), read in one statement ({@code CampaignRepository.readWhole}) instead of the entity and its four
 * collections (five statements).
 */
public record CampaignRead(UUID id, String name, String tagline, String description, LocalDate startDate, LocalDate endDate,
                           CampaignStatus status, long version, List<CampaignValue> values, List<String> targetGroups,
                           List<String> channels, List<CampaignTerm> screeningTerms, Instant createdAt, Instant updatedAt) {
}
