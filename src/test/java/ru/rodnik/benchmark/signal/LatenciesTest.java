package ru.rodnik.benchmark.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfEveryLatencyKept() {
        Latencies latencies = new Latencies();
        for (int millis = 1; millis <= 200; millis++) {
            latencies.add(0, millis * 1_000_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(200);
        assertThat(summary.p50()).isEqualTo(100.0);
        assertThat(summary.p99()).isEqualTo(198.0);
        assertThat(summary.max()).isEqualTo(200.0);
    }

    @Test
    void theFirstSecondsLeaveOutWhatWasSentLater() {
        Latencies latencies = new Latencies();
        // A slow start (the seconds after a checkpoint), then a quiet rest of the phase.
        for (int second = 0; second < 120; second++) {
            for (int request = 0; request < 10; request++) {
                latencies.add(second, (second < 5 ? 300 : 20) * 1_000_000L);
            }
        }

        Latencies.Summary firstMinute = latencies.summaryOfFirst(60);
        Latencies.Summary whole = latencies.summary();

        assertThat(firstMinute.count()).isEqualTo(600);
        assertThat(firstMinute.p99()).isEqualTo(300.0);
        assertThat(whole.count()).isEqualTo(1200);
        assertThat(whole.p99()).isEqualTo(300.0);
        assertThat(whole.p90()).isEqualTo(20.0);
        assertThat(latencies.summaryOfFirst(0).count()).isZero();
    }
}
