package ru.rodnik.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.rodnik.linkage.LinkStatus;

/** The one block of results a run prints, laid out to be pasted into {@code docs/benchmarks.md}. */
final class ResultsBlock {

    /** What the database holds after the load. */
    record Database(String version, String settings, long persons, long blockKeys, long bytes) {}

    /** Everything a run measured. */
    record Facts(
            BenchmarkSettings settings,
            int generatedPersons,
            BulkLoad.Result load,
            Duration startUp,
            Duration vacuum,
            Database database,
            int sampledReports,
            int refusedReports,
            int outsidersDropped,
            LinkageRun.Result run,
            Scores scores,
            SearchLatency.Figures search,
            long heapAfterLoad,
            long heapAtEnd,
            List<String> loadAverages) {}

    private ResultsBlock() {}

    static String write(Facts facts) {
        BenchmarkSettings settings = facts.settings();
        Scores scores = facts.scores();
        SearchLatency.Figures search = facts.search();
        StringBuilder out = new StringBuilder();
        line(out, "=== Rodnik record-linkage benchmark, %s ===", LocalDate.now());
        line(
                out,
                "machine: %d processors, %s %s, JVM flags %s, max heap %s; PostgreSQL %s (embedded, product settings: %s)",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                mebibytes(Runtime.getRuntime().maxMemory()),
                facts.database().version(),
                facts.database().settings());
        line(
                out,
                "load average (1, 5, 15 min) when the load, the linking and the searches started: %s",
                facts.loadAverages());
        line(
                out,
                "region: seed %d, %,d families, %,d persons generated, %,d registered; outsiders: seed %d",
                settings.seed(),
                settings.families(),
                facts.generatedPersons(),
                facts.database().persons(),
                settings.outsiderSeed());
        line(out, "");
        line(out, "| measure | value |");
        line(out, "|---|---|");
        row(
                out,
                f("bulk load (%d threads, %,d families per call)", settings.loadThreads(), settings.sliceFamilies()),
                facts.load().fromSnapshot()
                        ? f(
                                "not measured: %,d persons restored from a snapshot",
                                facts.load().persons())
                        : f(
                                "%,d persons in %.1f s = **%,.0f persons/s**",
                                facts.load().persons(),
                                seconds(facts.load().duration()),
                                facts.load().personsPerSecond()));
        row(
                out,
                "after the load",
                f(
                        "%,d blocking keys; database %s; VACUUM ANALYZE %.1f s; application start %.1f s",
                        facts.database().blockKeys(),
                        mebibytes(facts.database().bytes()),
                        seconds(facts.vacuum()),
                        seconds(facts.startUp())));
        int registeredReports = count(scores.registeredOutcomes());
        int outsiderReports = count(scores.outsiderOutcomes());
        row(
                out,
                "reports",
                f(
                        "%,d sampled, %,d refused as invalid; %,d linked: %,d about registered persons, %,d about outsiders"
                                + " (%d outsiders left out: the generators gave them a registered person's document number);"
                                + " %d calls failed",
                        facts.sampledReports(),
                        facts.refusedReports(),
                        scores.linked(),
                        registeredReports,
                        outsiderReports,
                        facts.outsidersDropped(),
                        facts.run().failures()));
        throughput(
                out,
                f(
                        "linkage throughput, batch path (%d threads, %,d reports per call)",
                        settings.linkThreads(), settings.batchReports()),
                facts.run().batch(),
                settings.warmUpReports());
        throughput(
                out,
                f("linkage throughput, per-report path (%d threads, a report per call)", settings.linkThreads()),
                facts.run().single(),
                settings.singleWarmUpReports());
        quality(out, "automatic links (score ≥ upper threshold)", scores.atUpper());
        quality(out, "automatic links + best candidate of each review (≥ lower threshold)", scores.atLower());
        quality(out, "exact surname + first name + birth date (baseline)", scores.exact());
        row(
                out,
                "review-queue share / new-person share (all linked reports)",
                f(
                        "**%.2f %%** / %.2f %%",
                        100 * scores.share(LinkStatus.NEEDS_REVIEW), 100 * scores.share(LinkStatus.NEW_PERSON)));
        row(out, "outcomes, reports about registered persons", outcomes(scores.registeredOutcomes()));
        row(out, "outcomes, outsiders' reports", outcomes(scores.outsiderOutcomes()));
        Scores.Misses misses = scores.misses();
        row(
                out,
                "reports about registered persons not linked automatically",
                f(
                        "review %,d (right person first in %,d); new person %,d (right person among the candidates in"
                                + " %,d, not among them in %,d)",
                        misses.reviewFirst() + misses.reviewOther(),
                        misses.reviewFirst(),
                        misses.newPersonAmongCandidates() + misses.newPersonNotFound(),
                        misses.newPersonAmongCandidates(),
                        misses.newPersonNotFound()));
        row(
                out,
                "noise on the reports whose person was not among the candidates (commonest first)",
                misses.notFoundNoise().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(8)
                        .map(entry -> f("%s %,d", entry.getKey().isEmpty() ? "none" : entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining(", ")));
        row(
                out,
                f("person search, %,d queries after %,d (limit 20)", search.queries(), settings.searchWarmUp()),
                f(
                        "p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms, max %.1f ms; true person among the hits in %.1f %%;"
                                + " CPU per query %.2f ms in the application + %.2f ms in PostgreSQL",
                        search.all().p50(),
                        search.all().p95(),
                        search.all().p99(),
                        search.all().max(),
                        100.0 * search.found() / search.queries(),
                        search.jvmMillisPerQuery(),
                        search.postgresMillisPerQuery()));
        row(
                out,
                "person search by split",
                f(
                        "with birth date p50 %.1f / p95 %.1f ms; without p50 %.1f / p95 %.1f ms",
                        search.withBirthDate().p50(),
                        search.withBirthDate().p95(),
                        search.withoutBirthDate().p50(),
                        search.withoutBirthDate().p95()));
        row(
                out,
                "heap used after GC",
                f("%s after the load, %s at the end", mebibytes(facts.heapAfterLoad()), mebibytes(facts.heapAtEnd())));
        if (facts.run().firstFailure() != null) {
            line(out, "first failure: %s", facts.run().firstFailure());
        }
        return out.toString();
    }

    private static void throughput(StringBuilder out, String name, LinkageRun.Timed timed, int warmUp) {
        row(
                out,
                name,
                f(
                        "**%,.0f subjects/s** (%,d reports after a warm-up of %,d); CPU per subject %.2f ms in the"
                                + " application + %.2f ms in PostgreSQL, so at most %,.0f subjects/s on idle cores",
                        timed.subjectsPerSecond(),
                        timed.reports(),
                        warmUp,
                        timed.jvmMillisPerSubject(),
                        timed.postgresMillisPerSubject(),
                        timed.subjectsPerSecondOnIdleCores()));
    }

    private static void quality(StringBuilder out, String name, LinkQuality quality) {
        row(
                out,
                name,
                f(
                        "precision **%.4f**, recall %.4f, F1 **%.4f** (%,d links, %,d right, %,d linkable)",
                        quality.precision(),
                        quality.recall(),
                        quality.f1(),
                        quality.links(),
                        quality.correctLinks(),
                        quality.linkable()));
    }

    private static String outcomes(Map<LinkStatus, Integer> outcomes) {
        int total = count(outcomes);
        StringBuilder text = new StringBuilder();
        for (LinkStatus status : LinkStatus.values()) {
            int n = outcomes.getOrDefault(status, 0);
            if (n > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(f("%s %,d (%.2f %%)", status, n, 100.0 * n / total));
            }
        }
        return text.toString();
    }

    private static int count(Map<LinkStatus, Integer> outcomes) {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void row(StringBuilder out, String name, String value) {
        line(out, "| %s | %s |", name, value);
    }

    private static String f(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
