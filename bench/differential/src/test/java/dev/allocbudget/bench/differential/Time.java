package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** java.time: parsing, formatting, arithmetic, zones. Immutable values: most calls return a new object. */
public class Time {
    public String dateStr = "2024-02-29";
    public String dateTimeStr = "2024-02-29T13:45:30";
    public String instantStr = "2024-12-06T15:46:40.123Z";
    public long epochMilli = 1_733_500_000_123L;
    public final LocalDate date = LocalDate.of(2024, 2, 29);
    public final LocalDateTime dateTime = LocalDateTime.of(2024, 2, 29, 13, 45, 30);
    public final Instant instant = Instant.ofEpochMilli(1_733_500_000_123L);
    public final Instant later = Instant.ofEpochMilli(1_733_500_987_654L);
    public final ZoneId paris = ZoneId.of("Europe/Paris");
    public final DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    public final StringBuilder sb = new StringBuilder(64);
    public int days = 45;

    /** LocalDate.parse of an ISO date, returned. */
    @AllocationBudget
    public Object localDateParse() {
        return LocalDate.parse(dateStr);
    }

    /** LocalDateTime.parse, returned. */
    @AllocationBudget
    public Object localDateTimeParse() {
        return LocalDateTime.parse(dateTimeStr);
    }

    /** Instant.parse, returned. */
    @AllocationBudget
    public Object instantParse() {
        return Instant.parse(instantStr);
    }

    /** Instant.toString (ISO_INSTANT), returned. */
    @AllocationBudget
    public Object instantToString() {
        return instant.toString();
    }

    /** A pattern formatter's format, returned. */
    @AllocationBudget
    public Object patternFormat() {
        return pattern.format(dateTime);
    }

    /** formatTo into a reused StringBuilder: the formatter's context objects only. */
    @AllocationBudget
    public int patternFormatTo() {
        sb.setLength(0);
        pattern.formatTo(dateTime, sb);
        return sb.length();
    }

    /** plusDays, returned. */
    @AllocationBudget
    public Object plusDays() {
        return date.plusDays(days);
    }

    /** Duration.between two Instants, as millis: the Duration is usually eliminated. */
    @AllocationBudget
    public long durationBetweenMillis() {
        return Duration.between(instant, later).toMillis();
    }

    /** Instant.ofEpochMilli + atZone(Europe/Paris), returned: the zone rules lookup. */
    @AllocationBudget
    public Object zonedFromEpochMilli() {
        return Instant.ofEpochMilli(epochMilli).atZone(paris);
    }

    /** ZonedDateTime.withZoneSameInstant, returned. */
    @AllocationBudget
    public Object withZoneSameInstant() {
        return ZonedDateTime.of(dateTime, ZoneOffset.UTC).withZoneSameInstant(paris);
    }

    /** getDayOfWeek + getDayOfYear: 0 B. */
    @AllocationBudget
    public int dayOfWeek() {
        return date.getDayOfWeek().getValue() + date.getDayOfYear();
    }
}
