package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IntSort_Test {

    /**
     * Random, ordered, reversed and nearly ordered arrays of many lengths, sorted by a key with
     * few values so that ties abound: the same as the JDK's stable sort of the boxed ints.
     */
    @Test
    void sorts_as_the_jdk_stable_sort_does() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(round < 400 ? 70 : 3000);
            int keys = 1 + random.nextInt(20);
            int[] key = IntStream.range(0, n).map(i -> random.nextInt(keys)).toArray();
            switch (round % 4) {
                case 1 -> Arrays.sort(key);
                case 2 -> key = IntStream.range(0, n).map(i -> n - i).toArray();
                case 3 -> {
                    Arrays.sort(key);
                    for (int swaps = 0; swaps < 3 && n > 1; swaps++) {
                        int i = random.nextInt(n);
                        int j = random.nextInt(n);
                        int t = key[i];
                        key[i] = key[j];
                        key[j] = t;
                    }
                }
                default -> { }
            }
            int[] byKey = key;
            int[] values = IntStream.range(0, n).toArray();
            Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparingInt(i -> byKey[i]));

            IntSort.stable(values, (a, b) -> Integer.compare(byKey[a], byKey[b]));

            assertThat(values).as("round %d", round).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
        }
    }

    @Test
    void sorts_a_range_and_leaves_the_rest() {
        int[] values = {9, 8, 7, 3, 2, 1, 0, 6, 5, 4};
        IntSort.stable(values, 3, 7, Integer::compare);
        assertThat(values).containsExactly(9, 8, 7, 0, 1, 2, 3, 6, 5, 4);
        IntSort.stable(values, 5, 5, Integer::compare);
        assertThatThrownBy(() -> IntSort.stable(values, 4, 3, Integer::compare))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> IntSort.stable(values, 0, 11, Integer::compare))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
