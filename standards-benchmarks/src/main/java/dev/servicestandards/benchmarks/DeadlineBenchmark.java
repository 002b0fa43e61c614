package dev.servicestandards.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.TimeAllowance;

/**
 * Deadline computations per second: starts spread over all of 2025, allowances of 1–40 business
 * hours and 1–10 working days, on the official PRC calendar with office hours and a lunch break.
 * The baseline is the same computation on the 24x7 calendar (plain instant arithmetic through
 * the same code path), measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private static final int SAMPLES = 4096;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private BusinessCalendar office;
    private BusinessCalendar always;
    private Instant[] starts;
    private TimeAllowance[] hours;
    private TimeAllowance[] days;
    private int next;

    @Setup
    public void setUp() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder("cn-office", SHANGHAI).official(CalendarData.CN_OFFICIAL)
                .hours("09:00-12:00,13:30-18:00");
        CalendarData.builtIn().arrangements(CalendarData.CN_OFFICIAL).values().forEach(builder::arrangement);
        office = builder.build();
        always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        SplittableRandom random = new SplittableRandom(42);
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        long year = Duration.ofDays(365).getSeconds();
        starts = new Instant[SAMPLES];
        hours = new TimeAllowance[SAMPLES];
        days = new TimeAllowance[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = first.plusSeconds(random.nextLong(year) / 60 * 60);
            hours[i] = new TimeAllowance.Time(Duration.ofMinutes(random.nextLong(60, 40 * 60)));
            days[i] = new TimeAllowance.WorkingDays(random.nextInt(1, 11));
        }
    }

    private int index() {
        next = (next + 1) & (SAMPLES - 1);
        return next;
    }

    @Benchmark
    public Instant baseline24x7BusinessHours() {
        int i = index();
        return always.deadline(starts[i], hours[i]);
    }

    @Benchmark
    public Instant officeHoursOnCnOfficial() {
        int i = index();
        return office.deadline(starts[i], hours[i]);
    }

    @Benchmark
    public Instant workingDaysOnCnOfficial() {
        int i = index();
        return office.deadline(starts[i], days[i]);
    }

    @Benchmark
    public Duration allowedWorkingDaysOnCnOfficial() {
        int i = index();
        return office.allowed(starts[i], days[i]);
    }
}
