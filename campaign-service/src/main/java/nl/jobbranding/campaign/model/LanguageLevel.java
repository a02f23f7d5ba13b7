package nl.jobbranding.campaign.model;

/** Language level on the Common European Framework of Reference (CEFR); government texts aim at B1. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2
}
