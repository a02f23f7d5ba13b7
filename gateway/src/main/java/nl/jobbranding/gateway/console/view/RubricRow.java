package nl.jobbranding.gateway.console.view;

import io.quarkus.qute.TemplateData;

/**
 * One line of the review rubric: a campaign value or a channel, with the verdict and explanation shown in the form
 * (what the reviewer typed, kept when a decision could not be taken).
 *
 * @param kind "value" or "channel", the form fields' prefix
 */
@TemplateData
public record RubricRow(String kind, String code, String name, String guidance, String verdict, String explanation) {

    public String field() {
        return kind + "." + code;
    }

    public String id() {
        return kind + "-" + code;
    }

    public boolean is(String option) {
        return option.equals(verdict);
    }
}
