package ru.rodnik.benchmark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Registry;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * Person search as a screener uses it: surname and first name as an agency wrote them (typos, transliteration,
 * diminutives and all), every other query with the birth date from the same report. One query at a time; the
 * latency of each is the time {@link Registry#search} takes, audit record included.
 */
final class SearchLatency {

    /** As many hits as the search API gives by default. */
    private static final int HITS = 20;

    /**
     * @param found queries whose person's registered record was among the hits
     * @param cpu the CPU the timed queries took, the application's and the database's
     */
    record Figures(
            int queries, Millis all, Millis withBirthDate, Millis withoutBirthDate, int found, CpuTime.Reading cpu) {

        double jvmMillisPerQuery() {
            return cpu.jvm().toNanos() / 1e6 / queries;
        }

        double postgresMillisPerQuery() {
            return cpu.postgres().toNanos() / 1e6 / queries;
        }
    }

    /** Latency percentiles of a set of queries, in milliseconds. */
    record Millis(int count, double p50, double p95, double p99, double max) {

        static Millis of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return new Millis(
                    sorted.length,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95),
                    percentile(sorted, 0.99),
                    sorted[sorted.length - 1]);
        }

        /** Nearest rank. */
        private static double percentile(double[] sorted, double share) {
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    private SearchLatency() {}

    static Figures measure(
            Registry registry,
            CpuTime cpu,
            String region,
            List<SampledReport> reports,
            Map<PersonId, UUID> registered,
            int warmUp,
            int count)
            throws IOException {
        List<SyntheticReport> queries = reports.stream()
                .filter(SampledReport::registered)
                .map(SampledReport::report)
                .filter(report -> report.lastName() != null && report.firstName() != null)
                .limit(warmUp + count)
                .toList();
        for (int i = 0; i < Math.min(warmUp, queries.size()); i++) {
            search(registry, region, queries.get(i), i % 2 == 0);
        }
        List<Double> all = new ArrayList<>();
        List<Double> dated = new ArrayList<>();
        List<Double> undated = new ArrayList<>();
        int found = 0;
        CpuTime.Reading before = cpu.read();
        for (int i = warmUp; i < queries.size(); i++) {
            boolean withDate = i % 2 == 0;
            long start = System.nanoTime();
            List<PersonSearchHit> hits = search(registry, region, queries.get(i), withDate);
            double millis = (System.nanoTime() - start) / 1e6;
            all.add(millis);
            (withDate ? dated : undated).add(millis);
            UUID truth = queries.get(i).truthPersonId();
            if (hits.stream()
                    .anyMatch(hit -> truth.equals(registered.get(hit.person().id())))) {
                found++;
            }
        }
        CpuTime.Reading used = cpu.read().since(before);
        return new Figures(all.size(), Millis.of(all), Millis.of(dated), Millis.of(undated), found, used);
    }

    private static List<PersonSearchHit> search(
            Registry registry, String region, SyntheticReport report, boolean withDate) {
        @Nullable LocalDate birthDate = withDate ? report.birthDate() : null;
        return registry.search(region, report.lastName() + " " + report.firstName(), birthDate, HITS);
    }
}
