package nl.jobbranding.gateway.console.view;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormatsTest {

    @Test
    void timesAreDutchInAmsterdamWithSummerTime() {
        assertEquals("30 nov 2026 14:05", Formats.dateTime("2026-11-30T13:05:00Z"));
        assertEquals("1 jul 2026 02:30", Formats.dateTime("2026-07-01T00:30:12.345Z"));
        assertEquals("3 mrt 2027", Formats.date("2027-03-03"));
        assertEquals("gisteren", Formats.dateTime("gisteren"), "what is not a time stays as it is");
        assertNull(Formats.dateTime(null));
    }

    @Test
    void agesInWholeDutchUnits() {
        assertEquals("3 dagen", Formats.age(Duration.ofDays(3).plusHours(5)));
        assertEquals("1 dag", Formats.age(Duration.ofHours(30)));
        assertEquals("5 uur", Formats.age(Duration.ofMinutes(5 * 60 + 59)));
        assertEquals("1 minuut", Formats.age(Duration.ofSeconds(90)));
        assertEquals("12 minuten", Formats.age(Duration.ofMinutes(12)));
        assertEquals("net", Formats.age(Duration.ofSeconds(20)));
    }

    @Test
    void numbersWithADecimalComma() {
        assertEquals("12,5", Formats.number(12.5));
        assertEquals("0,5", Formats.number("0.5"));
        assertEquals("3", Formats.number(3));
        assertEquals("1.250", Formats.number(1250));
        assertNull(Formats.number(null));
    }
}
