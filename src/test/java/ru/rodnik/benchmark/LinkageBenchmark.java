package ru.rodnik.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.RodnikApplication;
import ru.rodnik.linkage.KnownPersonRegistration;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.registry.Registry;

/**
 * The record-linkage benchmark of the registry issue, run with {@code mvn -Pbenchmark verify} and never by the normal
 * build (the name ends in {@code Benchmark}, which neither surefire's nor failsafe's patterns match). It asserts
 * nothing about speed: it measures and prints one results block, also written to
 * {@code target/linkage-benchmark.txt}, for {@code docs/benchmarks.md}.
 *
 * <p>Steps: generate a region with a seed no test uses and take it over through the bulk path
 * ({@link KnownPersonRegistration}); VACUUM ANALYZE; link a sample of its noisy reports, together with reports about
 * people of a second region who were never registered, through {@link Linkage#link} from several threads; score the
 * links and the exact-match baseline on the same reports against the truth; time person searches; measure the heap.
 *
 * <p>The application runs in this JVM on its own embedded PostgreSQL in {@code target/bench-db}, which is deleted
 * first: every run starts from an empty database.
 */
class LinkageBenchmark {

    private static final String REGION = "54000000";
    private static final Path DATA_DIR = Path.of("target/bench-db");
    private static final Path RESULTS = Path.of("target/linkage-benchmark.txt");

    @Test
    void linkageAtRegionScale() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        progress("generating %,d families (seed %d)", settings.families(), settings.seed());
        GeneratedRegistry generated = GeneratedRegistry.generate(settings);
        int persons = generated.persons();
        Outsiders.Picked outsiders =
                Outsiders.pick(settings.outsiderSeed(), settings.outsiderReports(), generated.identifiers());
        ExactMatchBaseline baseline = ExactMatchBaseline.of(generated);
        List<SampledReport> reports = new ArrayList<>();
        generated.sampledReports().forEach(report -> reports.add(new SampledReport(report, true)));
        outsiders.reports().forEach(report -> reports.add(new SampledReport(report, false)));
        Collections.shuffle(reports, new Random(settings.seed() + 1));
        progress("generated %,d persons in %s; %,d reports sampled", persons, generated.generation(), reports.size());

        deleteRecursively(DATA_DIR);
        LoadSnapshot snapshot = LoadSnapshot.of(settings);
        Set<UUID> sampledPersons = generated.sampledPersons();
        BulkLoad.Result restored = snapshot == null ? null : snapshot.restore(DATA_DIR, sampledPersons);
        List<String> loadAverages = new ArrayList<>();
        long contextStart = System.nanoTime();
        ConfigurableApplicationContext context = start();
        try {
            Duration startUp = Duration.ofNanos(System.nanoTime() - contextStart);
            loadAverages.add(loadAverage());
            BulkLoad.Result load;
            Duration vacuum;
            if (restored != null) {
                progress("started from the snapshot in %s: %,d persons", settings.snapshot(), restored.persons());
                load = restored;
                vacuum = Duration.ZERO;
            } else {
                progress("loading through the bulk path with %d threads", settings.loadThreads());
                load = BulkLoad.run(
                        generated,
                        context.getBean(KnownPersonRegistration.class),
                        REGION,
                        settings.loadThreads(),
                        settings.sliceFamilies(),
                        snapshot == null ? sampledPersons : null);
                progress("loaded %,d persons in %s", load.persons(), load.duration());
                long vacuumStart = System.nanoTime();
                context.getBean(JdbcClient.class).sql("vacuum (analyze)").update();
                vacuum = Duration.ofNanos(System.nanoTime() - vacuumStart);
                if (snapshot != null) {
                    context.close();
                    progress("keeping a snapshot in %s", settings.snapshot());
                    snapshot.save(DATA_DIR, load.truthOfPerson());
                    load = load.rememberingOnly(sampledPersons);
                    context = start();
                }
            }
            generated = null;
            Linkage linkage = context.getBean(Linkage.class);
            Registry registry = context.getBean(Registry.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ResultsBlock.Database database = database(jdbc);

            List<SampledReport> valid = new ArrayList<>();
            for (SampledReport report : reports) {
                if (registry.check(report.details(), "").isEmpty()) {
                    valid.add(report);
                }
            }
            int refused = reports.size() - valid.size();
            List<@Nullable UUID> exactTruth = new ArrayList<>(valid.size());
            for (SampledReport report : valid) {
                exactTruth.add(baseline.link(report.details()));
            }
            baseline = null;
            long heapAfterLoad = heapUsedAfterGc();

            loadAverages.add(loadAverage());
            progress("linking %,d reports with %d threads", valid.size(), settings.linkThreads());
            CpuTime cpu = CpuTime.of(DATA_DIR.resolve("pg"));
            LinkageRun.Result run = LinkageRun.run(linkage, cpu, REGION, valid, settings);
            List<UUID> notLinked = run.links().stream()
                    .filter(link -> link != null && link.status() != LinkStatus.AUTO_LINKED)
                    .map(SubjectLink::decisionId)
                    .toList();
            Scores scores = Scores.of(
                    valid, run.links(), load.truthOfPerson(), StoredCandidates.of(jdbc, notLinked), exactTruth);

            loadAverages.add(loadAverage());
            progress("searching");
            SearchLatency.Figures search = SearchLatency.measure(
                    registry, cpu, REGION, valid, load.truthOfPerson(), settings.searchWarmUp(), settings.searches());
            long heapAtEnd = heapUsedAfterGc();

            String block = ResultsBlock.write(new ResultsBlock.Facts(
                    settings,
                    persons,
                    load,
                    startUp,
                    vacuum,
                    database,
                    reports.size(),
                    refused,
                    outsiders.droppedForIdentifiers(),
                    run,
                    scores,
                    search,
                    heapAfterLoad,
                    heapAtEnd,
                    loadAverages));
            System.out.println(block);
            Files.writeString(RESULTS, block);
        } finally {
            context.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        // As command-line arguments: they outrank application.yml, which default properties would not.
        return new SpringApplicationBuilder(RodnikApplication.class)
                .profiles("demo")
                .run(
                        "--rodnik.data-dir=" + DATA_DIR,
                        // No demo families: the benchmark's region is the only registry there is.
                        "--rodnik.demo.families=0",
                        "--server.port=0");
    }

    private static ResultsBlock.Database database(JdbcClient jdbc) {
        return new ResultsBlock.Database(
                jdbc.sql("show server_version").query(String.class).single(),
                jdbc.sql("""
                                select string_agg(name || '=' || current_setting(name), ', ' order by name)
                                from pg_settings
                                where name in ('shared_buffers', 'max_wal_size', 'fsync', 'synchronous_commit',
                                               'full_page_writes', 'work_mem')
                                """).query(String.class).single(),
                jdbc.sql("select count(*) from person where region_code = :r")
                        .param("r", REGION)
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from linkage_block_key k join linkage_person p using (person_id)"
                                + " where p.region_code = :r")
                        .param("r", REGION)
                        .query(Long.class)
                        .single(),
                jdbc.sql("select pg_database_size(current_database())")
                        .query(Long.class)
                        .single());
    }

    /** Other work on the machine shows here: the figures are only as good as the machine was quiet. */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf(
                Locale.ROOT,
                "[benchmark %s] %s%n",
                LocalTime.now().withNano(0),
                String.format(Locale.ROOT, format, arguments));
    }
}
