package nl.jobbranding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An error answer in the form of RFC 9457 (application/problem+json). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "instance"}, description = "Problem details (RFC 9457). Validation problems list every invalid field in invalidParams.")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", example = "urn:nl:jobbranding:problem:validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem.", example = "Invalid input")
        String title,
        @Schema(description = "HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong in this case.", example = "2 fields are invalid.")
        String detail,
        @Schema(description = "The request path the problem occurred on (a relative reference).", format = "uri-reference",
                example = "/api/v1/campaigns")
        URI instance,
        @Schema(description = "Every invalid field or parameter, with its path and the reason.")
        List<InvalidParam> invalidParams) {

    @Schema(name = "InvalidParam", description = "One invalid field or parameter.")
    public record InvalidParam(
            @Schema(description = "Path of the field in the body (dots and [index]) or the name of the parameter.",
                    example = "values[0].code")
            String name,
            @Schema(description = "Why the value is invalid.", example = "must not be blank")
            String reason) {
    }
}
