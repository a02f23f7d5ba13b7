package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.ApiEnum;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Map;

/** A series' lifecycle: planned, active (publishing), paused, ended. Ended is final. */
public enum SeriesStatus {
    PLANNED, ACTIVE, PAUSED, ENDED;

    private static final Map<SeriesStatus, List<SeriesStatus>> TRANSITIONS = Map.of(
            PLANNED, List.of(ACTIVE, ENDED),
            ACTIVE, List.of(PAUSED, ENDED),
            PAUSED, List.of(ACTIVE, ENDED),
            ENDED, List.of());

    public List<SeriesStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canBecome(SeriesStatus target) {
        return this == target || next().contains(target);
    }

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
