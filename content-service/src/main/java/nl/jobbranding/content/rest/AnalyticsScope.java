package nl.jobbranding.content.rest;

import jakarta.ws.rs.QueryParam;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.content.service.AnalyticsService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/**
 * The query parameters every analytics operation shares: the period and the campaign. Taken as a {@code @BeanParam};
 * the unknown-parameter check (KnownQueryParams) reads them from these fields.
 */
public class AnalyticsScope {

    @Parameter(description = "The period's first day (UTC); by default a year before 'to'. A period is at most "
            + AnalyticsService.MAX_YEARS + " years.", example = "2026-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(description = "The period's last day (UTC), included; by default today.", example = "2026-11-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    public String to;

    @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("campaignId")
    public String campaignId;

    /** The period asked for, checked (400 naming the parameter when it is not a date or too long). */
    AnalyticsService.Period period(AnalyticsService analytics) {
        return analytics.period(QueryParams.date("from", from), QueryParams.date("to", to));
    }

    UUID campaign() {
        return QueryParams.uuid("campaignId", campaignId);
    }
}
