package ru.rodnik.benchmark.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The latencies of one phase's requests, every one kept with the second of the phase it was sent in, so that
 * percentiles are exact (nearest rank) and a tail can be told apart: spread over the phase (queueing) or in a few
 * seconds (the server stalled).
 */
final class Latencies {

    /** Milliseconds. */
    record Summary(int count, double mean, double p50, double p90, double p99, double max) {}

    private long[] nanos = new long[1 << 14];
    private int[] seconds = new int[1 << 14];
    private int count;

    /** A latency whose time within the phase is not known: it counts in second 0 of the timeline. */
    void add(long latencyNanos) {
        add(0, latencyNanos);
    }

    /** @param second the second of the phase the request was sent (or due) in */
    synchronized void add(int second, long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            seconds = Arrays.copyOf(seconds, count * 2);
        }
        seconds[count] = second;
        nanos[count++] = latencyNanos;
    }

    /** One line per second of the phase: requests, p50, p99 and the longest, in milliseconds; with a header. */
    synchronized List<String> timeline() {
        int last = Arrays.stream(seconds, 0, count).max().orElse(-1);
        List<List<Long>> bySecond = new ArrayList<>();
        for (int second = 0; second <= last; second++) {
            bySecond.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            bySecond.get(seconds[i]).add(nanos[i]);
        }
        List<String> lines = new ArrayList<>(List.of("second\trequests\tp50 ms\tp99 ms\tmax ms"));
        for (int second = 0; second <= last; second++) {
            long[] sorted = bySecond.get(second).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            lines.add(
                    sorted.length == 0
                            ? second + "\t0\t\t\t"
                            : String.format(
                                    Locale.ROOT,
                                    "%d\t%d\t%.1f\t%.1f\t%.1f",
                                    second,
                                    sorted.length,
                                    rank(sorted, 0.50),
                                    rank(sorted, 0.99),
                                    sorted[sorted.length - 1] / 1e6));
        }
        return lines;
    }

    synchronized Summary summary() {
        return summarise(Arrays.copyOf(nanos, count));
    }

    /** The requests sent (or due) in the phase's first {@code seconds} seconds only. */
    synchronized Summary summaryOfFirst(int seconds) {
        long[] first = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (this.seconds[i] < seconds) {
                first[n++] = nanos[i];
            }
        }
        return summarise(Arrays.copyOf(first, n));
    }

    private static Summary summarise(long[] sorted) {
        if (sorted.length == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow() / 1e6;
        return new Summary(
                sorted.length,
                mean,
                rank(sorted, 0.50),
                rank(sorted, 0.90),
                rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
