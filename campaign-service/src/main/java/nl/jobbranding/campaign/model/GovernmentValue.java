package nl.jobbranding.campaign.model;

/**
 * The government-wide values every story is reviewed against. Every campaign has them; it may sharpen their
 * guidance and add values of its own.
 */
public enum GovernmentValue {
    CAREFUL("careful", "Zorgvuldig",
            "Geen persoonsgegevens van medewerkers die niet vindbaar mogen zijn (zoals personeel van gevangenissen, "
                    + "het OM en opsporing); toestemming van iedereen die herkenbaar in beeld of tekst staat; feiten kloppen."),
    JUST("just", "Rechtvaardig",
            "Iedereen voelt zich uitgenodigd: geen uitsluitende taal over leeftijd, geslacht, afkomst of beperking, "
                    + "geen wij-tegen-zij en geen tendentieuze boodschap."),
    COST_CONSCIOUS("cost-conscious", "Kostenbewust",
            "Niets wat luxe of verspilling uitstraalt: geen dure locaties, cadeaus of feesten; laat zien wat het werk "
                    + "oplevert voor de samenleving."),
    TRANSPARENT("transparent", "Transparant",
            "Zeg wie er spreekt en namens wie; geen verborgen reclame en geen onbewezen superlatieven; "
                    + "noem de bron bij cijfers.");

    private final String code;
    private final String displayName;
    private final String guidance;

    GovernmentValue(String code, String displayName, String guidance) {
        this.code = code;
        this.displayName = displayName;
        this.guidance = guidance;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public String guidance() {
        return guidance;
    }
}
