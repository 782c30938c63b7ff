package ru.rodnik.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.KnownPerson;
import ru.rodnik.linkage.KnownPersonRegistration;
import ru.rodnik.registry.PersonId;

/**
 * Feeds a generated registry to the bulk path in slices of whole families, a few slices at a time, and times it.
 * Only the persons the sampled reports are about are remembered, which is all the scoring needs (all of them when a
 * snapshot is kept).
 */
final class BulkLoad {

    /**
     * @param truthOfPerson who each remembered registry person truly is
     * @param fromSnapshot whether the persons came from a {@link LoadSnapshot} instead, untimed
     */
    record Result(int persons, int calls, Duration duration, Map<PersonId, UUID> truthOfPerson, boolean fromSnapshot) {

        double personsPerSecond() {
            return persons / (duration.toNanos() / 1e9);
        }

        Result rememberingOnly(Set<UUID> remembered) {
            Map<PersonId, UUID> kept = new HashMap<>();
            truthOfPerson.forEach((person, truth) -> {
                if (remembered.contains(truth)) {
                    kept.put(person, truth);
                }
            });
            return new Result(persons, calls, duration, Map.copyOf(kept), fromSnapshot);
        }
    }

    private BulkLoad() {}

    /** @param remembered the persons whose truth to keep; null for all */
    static Result run(
            GeneratedRegistry registry,
            KnownPersonRegistration registration,
            String region,
            int threads,
            int sliceFamilies,
            @Nullable Set<UUID> remembered)
            throws Exception {
        Map<PersonId, UUID> truthOfPerson = new ConcurrentHashMap<>();
        List<List<GeneratedRegistry.PreparedFamily>> slices = new ArrayList<>();
        List<GeneratedRegistry.PreparedFamily> families = registry.families();
        for (int from = 0; from < families.size(); from += sliceFamilies) {
            slices.add(families.subList(from, Math.min(families.size(), from + sliceFamilies)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (List<GeneratedRegistry.PreparedFamily> slice : slices) {
                done.add(pool.submit(() -> load(slice, registration, region, remembered, truthOfPerson)));
            }
            int persons = 0;
            for (Future<Integer> future : done) {
                persons += future.get();
            }
            return new Result(
                    persons,
                    slices.size(),
                    Duration.ofNanos(System.nanoTime() - start),
                    Map.copyOf(truthOfPerson),
                    false);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int load(
            List<GeneratedRegistry.PreparedFamily> slice,
            KnownPersonRegistration registration,
            String region,
            @Nullable Set<UUID> remembered,
            Map<PersonId, UUID> truthOfPerson) {
        List<KnownPerson> people = new ArrayList<>();
        List<UUID> truth = new ArrayList<>();
        for (GeneratedRegistry.PreparedFamily family : slice) {
            people.addAll(family.people());
            truth.addAll(family.truth());
        }
        List<PersonId> ids = registration.registerKnown(region, people);
        for (int i = 0; i < ids.size(); i++) {
            if (remembered == null || remembered.contains(truth.get(i))) {
                truthOfPerson.put(ids.get(i), truth.get(i));
            }
        }
        return ids.size();
    }
}
