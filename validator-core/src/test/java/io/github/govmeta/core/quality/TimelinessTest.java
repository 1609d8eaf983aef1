package io.github.govmeta.core.quality;

import static io.github.govmeta.core.quality.MeasurementTest.evidence;
import static io.github.govmeta.core.quality.MeasurementTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.quality.Measurement.Outcome;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code fresh}: the last update plus the declared interval, in calendar arithmetic, against the day of the run. */
class TimelinessTest {
    private static final Metric FRESH = MeasurementTest.metric(Measurement.FRESH, List.of("last_updated_date"), Map.of(
            "unit", "update_frequency_unit", "interval", "update_frequency_interval",
            "periods", Map.of("วัน", "P1D", "สัปดาห์", "P1W", "เดือน", "P1M", "ไตรมาส", "P3M", "ปี", "P1Y")));

    private static Outcome fresh(String updated, String unit, int interval, String today) {
        String record = "{\"last_updated_date\": \"" + updated + "\", \"update_frequency_unit\": \"" + unit
                + "\", \"update_frequency_interval\": " + interval + "}";
        return FRESH.kind().measure(FRESH, json(record), evidence(List.of(), LocalDate.parse(today)));
    }

    @ParameterizedTest(name = "{0} every {2} {1}, on {3}: fresh {4}")
    @CsvSource({
        // month ends: 31 January + 1 month is the last day of February (a leap year: the 29th)
        "2024-01-31, เดือน, 1, 2024-02-29, true",
        "2024-01-31, เดือน, 1, 2024-03-01, false",
        "2023-01-31, เดือน, 1, 2023-02-28, true",
        "2023-01-31, เดือน, 1, 2023-03-01, false",
        // year boundary
        "2023-12-15, เดือน, 1, 2024-01-15, true",
        "2023-12-15, เดือน, 1, 2024-01-16, false",
        "2023-10-01, ไตรมาส, 1, 2023-12-31, true",
        "2023-10-01, ไตรมาส, 1, 2024-01-02, false",
        // a leap day updated yearly is due on 28 February of the next year
        "2024-02-29, ปี, 1, 2025-02-28, true",
        "2024-02-29, ปี, 1, 2025-03-01, false",
        "2024-02-29, ปี, 4, 2028-02-29, true",
        // intervals multiply the unit
        "2024-06-28, ปี, 4, 2028-06-28, true",
        "2024-12-30, สัปดาห์, 2, 2025-01-13, true",
        "2024-12-30, สัปดาห์, 2, 2025-01-14, false",
        "2024-12-31, วัน, 1, 2025-01-01, true",
        // Buddhist-era dates, as agencies type them: 2567 B.E. is 2024
        "2567-06-28, ปี, 1, 2025-06-28, true",
        "2567-06-28, ปี, 1, 2025-06-29, false",
        "2567-02-29, ปี, 1, 2025-02-28, true",
    })
    void dueDate(String updated, String unit, int interval, String today, boolean fresh) {
        assertThat(fresh(updated, unit, interval, today).share()).isEqualTo(fresh ? 1 : 0);
    }

    @Test
    void saysWhenItWasDue() {
        assertThat(fresh("2567-06-28", "เดือน", 1, "2025-01-15").why().en()).isEqualTo("last updated 2024-06-28, due 2024-07-28 (every 1 เดือน)");
    }

    @Test
    void aFrequencyWithoutAPeriodIsLeftOutAndAMissingOrUnreadableDateMissed() {
        assertThat(fresh("2024-06-28", "ไม่ทราบ", 1, "2025-01-15").applies()).isFalse();
        Outcome noDate = FRESH.kind().measure(FRESH, json("{\"update_frequency_unit\": \"ปี\"}"), evidence(List.of(), LocalDate.of(2025, 1, 15)));
        assertThat(noDate.applies()).isTrue();
        assertThat(noDate.share()).isZero();
        assertThat(fresh("28/06/2567", "ปี", 1, "2025-01-15").why().en()).isEqualTo("cannot read the date '28/06/2567'");
    }
}
