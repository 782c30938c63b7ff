package ru.rodnik.benchmark.signal;

import java.util.Arrays;

/** The latencies of one phase's requests, every one kept, so that percentiles are exact (nearest rank). */
final class Latencies {

    /** Milliseconds. */
    record Summary(int count, double mean, double p50, double p90, double p99, double max) {}

    private long[] nanos = new long[1 << 14];
    private int count;

    synchronized void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized Summary summary() {
        if (count == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow() / 1e6;
        return new Summary(
                count, mean, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    private static double rank(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
