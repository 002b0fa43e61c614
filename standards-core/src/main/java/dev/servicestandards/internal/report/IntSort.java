package dev.servicestandards.internal.report;

/**
 * A stable sort of ints by a comparator, without boxing them: row numbers sorted by what their
 * rows hold. A merge sort that leaves ordered input in one pass of comparisons. Internal.
 */
final class IntSort {

    /** Compares two ints by what they stand for. */
    @FunctionalInterface
    interface Comparator {
        int compare(int a, int b);
    }

    /** Ranges this short are sorted by insertion. */
    private static final int SHORT = 16;

    private IntSort() {
    }

    /** Sorts {@code values} stably: ints that compare equal keep their order. */
    static void stable(int[] values, Comparator order) {
        stable(values, 0, values.length, order);
    }

    /** Sorts {@code values[from, to)} stably. */
    static void stable(int[] values, int from, int to, Comparator order) {
        if (from < 0 || to > values.length || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of " + values.length);
        }
        if (to - from > SHORT) {
            sort(values, from, to, new int[to - from], order);
        } else {
            insertion(values, from, to, order);
        }
    }

    /** Merge sort of {@code values[from, to)}; {@code scratch} has room for the range. */
    private static void sort(int[] values, int from, int to, int[] scratch, Comparator order) {
        if (to - from <= SHORT) {
            insertion(values, from, to, order);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(values, from, middle, scratch, order);
        sort(values, middle, to, scratch, order);
        if (order.compare(values[middle - 1], values[middle]) <= 0) {
            return;
        }
        int left = middle - from;
        System.arraycopy(values, from, scratch, 0, left);
        int i = 0;
        int j = middle;
        int out = from;
        // the left half wins ties: that keeps the sort stable
        while (i < left && j < to) {
            values[out++] = order.compare(values[j], scratch[i]) < 0 ? values[j++] : scratch[i++];
        }
        System.arraycopy(scratch, i, values, out, left - i);
    }

    private static void insertion(int[] values, int from, int to, Comparator order) {
        for (int i = from + 1; i < to; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= from && order.compare(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
