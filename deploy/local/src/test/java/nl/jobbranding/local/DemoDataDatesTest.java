package nl.jobbranding.local;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo data's dates are relative to the day it is loaded, so a scheduled demo story is never in the past. */
class DemoDataDatesTest {

    private final DemoData demo = new DemoData(null, null, Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void relativeDatesAreCountedFromTheDayOfLoadingAcrossMonthAndYear() {
        assertEquals("{\"publishAt\": \"2027-02-15T07:00:00Z\", \"startDate\": \"2025-12-31\", \"endDate\": \"2027-01-01\"}",
                demo.fill("{\"publishAt\": \"{today+46d}T07:00:00Z\", \"startDate\": \"{today-365d}\", \"endDate\": \"{today+1d}\"}"));
    }

    @Test
    void savedNamesAreFilledBesideDatesAndUnknownNamesStay() {
        assertEquals("/api/v1/stories/{rekenen}/transitions 2026-12-31", demo.fill("/api/v1/stories/{rekenen}/transitions {today+0d}"));
    }
}
