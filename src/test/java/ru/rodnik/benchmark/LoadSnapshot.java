package ru.rodnik.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.PersonId;

/**
 * A loaded database kept between runs ({@code -Dbenchmark.snapshot=dir}), so that work on linkage and search can be
 * measured again at full size without loading a million persons each time. It holds a copy of the stopped database
 * and who every registered person truly is. A snapshot serves only runs of the same seed and size; a run from a
 * snapshot reports no load speed. Recorded figures come from runs without one.
 */
final class LoadSnapshot {

    private final Path directory;
    private final String identity;

    private LoadSnapshot(Path directory, String identity) {
        this.directory = directory;
        this.identity = identity;
    }

    /** The snapshot the settings name, or null when they name none. */
    static @Nullable LoadSnapshot of(BenchmarkSettings settings) {
        if (settings.snapshot().isBlank()) {
            return null;
        }
        return new LoadSnapshot(
                Path.of(settings.snapshot()), "seed " + settings.seed() + ", families " + settings.families());
    }

    /**
     * Copies the snapshot's database into {@code dataDirectory} and reads the truth of the remembered persons; null
     * when there is no snapshot of this seed and size yet.
     */
    BulkLoad.@Nullable Result restore(Path dataDirectory, Set<UUID> remembered) throws IOException {
        Path identityFile = directory.resolve("identity.txt");
        if (!Files.exists(identityFile) || !Files.readString(identityFile).equals(identity)) {
            return null;
        }
        copy(directory.resolve("db"), dataDirectory);
        Map<PersonId, UUID> truth = new HashMap<>();
        int persons = 0;
        try (Stream<String> lines = Files.lines(directory.resolve("truth.tsv"), StandardCharsets.US_ASCII)) {
            for (String line : (Iterable<String>) lines::iterator) {
                persons++;
                int tab = line.indexOf('\t');
                UUID person = UUID.fromString(line.substring(tab + 1));
                if (remembered.contains(person)) {
                    truth.put(new PersonId(UUID.fromString(line.substring(0, tab))), person);
                }
            }
        }
        return new BulkLoad.Result(persons, 0, Duration.ZERO, Map.copyOf(truth), true);
    }

    /** Keeps a copy of the stopped database in {@code dataDirectory} and the truth of every registered person. */
    void save(Path dataDirectory, Map<PersonId, UUID> truth) throws IOException {
        LinkageBenchmark.deleteRecursively(directory);
        Files.createDirectories(directory);
        copy(dataDirectory, directory.resolve("db"));
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("truth.tsv"), StandardCharsets.US_ASCII)) {
            for (Map.Entry<PersonId, UUID> entry : truth.entrySet()) {
                out.write(entry.getKey().value() + "\t" + entry.getValue() + "\n");
            }
        }
        Files.writeString(directory.resolve("identity.txt"), identity);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                // With its attributes: PostgreSQL refuses a data directory that others may read.
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
