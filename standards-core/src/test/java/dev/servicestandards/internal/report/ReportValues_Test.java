package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ReportValues_Test {

    @Test
    void instants_print_exactly_as_iso_offset_date_time() {
        SplittableRandom random = new SplittableRandom(5);
        List<ZoneId> zones = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("America/New_York"),
                ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/Dublin"));
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 200_000_000_000L),
                    switch (i % 4) { case 0 -> 0; case 1 -> random.nextInt(1000) * 1_000_000; case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000); });
            ZoneId zone = zones.get(i % zones.size());
            assertThat(ReportValues.instant(instant, zone)).as("%s in %s", instant, zone)
                    .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime()));
        }
    }
}
