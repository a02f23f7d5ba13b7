package nl.jobbranding.gateway.console.view;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/** Dutch names for the API's codes, for the templates: {@code {story.state.stateName}}. */
@TemplateExtension
public final class Labels {

    private static final Map<String, String> STATES = Map.of("draft", "concept", "submitted", "ingediend", "in-review", "in beoordeling",
            "changes-requested", "wijzigingen gevraagd", "approved", "goedgekeurd", "scheduled", "ingepland", "published", "gepubliceerd",
            "withdrawn", "teruggetrokken", "rejected", "afgewezen", "archived", "gearchiveerd");
    private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("create", "aangemaakt"), Map.entry("revise", "herzien"),
            Map.entry("submit", "ingediend"), Map.entry("claim", "geclaimd"), Map.entry("release", "vrijgegeven"),
            Map.entry("approve", "goedgekeurd"), Map.entry("request-changes", "wijzigingen gevraagd"), Map.entry("reject", "afgewezen"),
            Map.entry("schedule", "ingepland"), Map.entry("unschedule", "uit de planning"), Map.entry("publish", "gepubliceerd"),
            Map.entry("expire", "verlopen"), Map.entry("withdraw", "teruggetrokken"), Map.entry("archive", "gearchiveerd"),
            Map.entry("dismiss-finding", "bevinding genegeerd"), Map.entry("report-miss", "gemiste bevinding gemeld"),
            Map.entry("appeal", "bezwaar gemaakt"), Map.entry("decide-appeal", "bezwaar beslist"),
            Map.entry("retract", "teruggenomen"), Map.entry("delete", "verwijderd"));

    private static final Map<String, String> HASHTAGS = Map.of("none", "geen", "optional", "mogen", "required", "verplicht");

    private Labels() {
    }

    /** A story state's Dutch name. */
    static String stateName(String state) {
        return STATES.getOrDefault(state, state);
    }

    /** A channel's hashtag policy in Dutch: geen, mogen, verplicht. */
    static String hashtagName(String policy) {
        return HASHTAGS.getOrDefault(policy, policy);
    }

    /** An audit action's Dutch name. */
    static String actionName(String action) {
        return ACTIONS.getOrDefault(action, action);
    }
}
