package dev.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a KPI's summed count measures: a rate or mean, or a nearest-rank percentile of its values. */
class KpiCount_value_Test {

    private static KpiCount of(int... values) {
        KpiCount sum = null;
        for (int v : values) {
            SortedMap<BigDecimal, Long> one = new TreeMap<>();
            one.put(BigDecimal.valueOf(v), 1L);
            KpiCount c = new KpiCount("k", "all", "all", BigDecimal.valueOf(v), 1, one);
            sum = sum == null ? c : sum.plus(c);
        }
        return sum;
    }

    @ParameterizedTest(name = "p{0} of {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            // rank = ⌈p/100 × n⌉; the value at that rank in increasing order
            "90   | 1 2 3 4 5 6 7 8 9 10 | 9",    // ⌈9.0⌉ = 9th
            "95   | 1 2 3 4 5 6 7 8 9 10 | 10",   // ⌈9.5⌉ = 10th
            "50   | 1 2 3 4 5 6 7 8 9 10 | 5",    // ⌈5.0⌉ = 5th
            "100  | 1 2 3 4 5 6 7 8 9 10 | 10",   // the largest
            "1    | 1 2 3 4 5 6 7 8 9 10 | 1",    // ⌈0.1⌉ = 1st
            "0.01 | 7                    | 7",    // one value is every percentile
            "50   | 3 7 3                | 3",    // 3 3 7: ⌈1.5⌉ = 2nd is 3
            "67   | 3 7 3                | 7",    // ⌈2.01⌉ = 3rd is 7
            "66   | 3 7 3                | 3",    // ⌈1.98⌉ = 2nd is 3
            "90   | 20 5 40 10           | 40",   // 5 10 20 40: ⌈3.6⌉ = 4th
    })
    void the_percentile_is_the_value_at_the_nearest_rank(String p, String values, String expected) {
        int[] v = java.util.Arrays.stream(values.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();

        BigDecimal value = of(v).value(new BigDecimal(p));

        assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    void merged_in_any_grouping_it_equals_the_percentile_of_all_values() {
        // GIVEN 1,000 random values, summed in random chunks
        Random random = new Random(20250310);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            values.add(random.nextInt(120));
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        KpiCount total = null;
        for (int from = 0; from < values.size();) {
            int to = Math.min(values.size(), from + 1 + random.nextInt(200));
            KpiCount chunk = of(values.subList(from, to).stream().mapToInt(Integer::intValue).toArray());
            total = total == null ? chunk : random.nextBoolean() ? total.plus(chunk) : chunk.plus(total);
            from = to;
        }

        for (int p = 1; p <= 100; p++) {
            // THEN the value at rank ⌈p × 1000 / 100⌉ = 10p of the sorted values
            assertThat(total.value(BigDecimal.valueOf(p))).as("p%d", p).isEqualByComparingTo(BigDecimal.valueOf(sorted.get(10 * p - 1)));
        }
        assertThat(total.getDenominator()).isEqualTo(1000);
        assertThat(total.getNumerator()).isEqualByComparingTo(BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum()));
    }

    @Test
    void values_that_compare_equal_are_one_value() {
        SortedMap<BigDecimal, Long> a = new TreeMap<>();
        a.put(new BigDecimal("2.0"), 1L);
        SortedMap<BigDecimal, Long> b = new TreeMap<>();
        b.put(new BigDecimal("2"), 2L);

        KpiCount sum = new KpiCount("k", "all", "all", new BigDecimal("2.0"), 1, a)
                .plus(new KpiCount("k", "all", "all", new BigDecimal("4"), 2, b));

        assertThat(sum.getValues()).hasSize(1);
        assertThat(sum.getValues().values()).containsExactly(3L);
    }

    @Test
    void without_a_percentile_it_is_the_numerator_over_the_denominator() {
        KpiCount rate = new KpiCount("k", "all", "all", BigDecimal.ONE, 3).plus(new KpiCount("k", "all", "all", BigDecimal.ONE, 1));

        assertThat(rate.value(null)).isEqualByComparingTo("0.5");
        assertThat(new KpiCount("k", "all", "all", BigDecimal.ZERO, 0).value(null)).isNull();
        assertThat(new KpiCount("k", "all", "all", BigDecimal.ZERO, 0).value(BigDecimal.TEN)).isNull();
    }

    @Test
    void counts_of_different_groups_do_not_add() {
        assertThatThrownBy(() -> new KpiCount("k", "A", "all", BigDecimal.ONE, 1).plus(new KpiCount("k", "B", "all", BigDecimal.ONE, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
