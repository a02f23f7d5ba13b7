package nl.jobbranding.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public API's settings: its version (also sent as the API-Version header) and paging bounds. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Full semantic version of the API, as in the OpenAPI document and the API-Version header. */
    String version();

    Paging paging();

    /** Largest request body the API reads, in bytes; larger ones get a 413 problem. */
    @WithDefault("262144")
    long maxBodyBytes();

    interface Paging {
        /** Page size when the client names none. */
        @WithDefault("20")
        int defaultLimit();

        /** Largest page size a client may ask for. */
        @WithDefault("100")
        int maxLimit();
    }
}
