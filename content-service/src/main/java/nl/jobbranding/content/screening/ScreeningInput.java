package nl.jobbranding.content.screening;

import java.util.List;

/**
 * What the screen looks at: the story's texts and what it needs to know around them.
 *
 * @param consentedNames names that may appear: the featured people with consent, the author, the contact person
 * @param mediaCount     how many images or videos go with the story
 * @param markdown       whether the body is Markdown
 * @param terms          the campaign's own terms
 */
public record ScreeningInput(ScreeningLanguage language, String title, String summary, String body, boolean markdown,
                             int mediaCount, List<ChannelProfile> channels, boolean sensitiveUnit,
                             List<String> consentedNames, List<Term> terms) {

    public ScreeningInput {
        channels = channels == null ? List.of() : List.copyOf(channels);
        consentedNames = consentedNames == null ? List.of() : List.copyOf(consentedNames);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
