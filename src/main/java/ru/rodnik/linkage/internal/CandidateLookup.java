package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds the persons worth comparing with a subject: those filed under the subject's blocking keys, the most likely
 * first, at most a given number.
 *
 * <p>A key shared by few persons says much more than one shared by many: «Иванова София, 28.01.2022» holds three
 * persons in a registry of a million, «Иванова София, born in the 2020s» hundreds. So each person found weighs the sum,
 * over the keys it shares with the subject, of one divided by how many persons hold the key, and the heaviest are
 * kept. A person agreeing on a rare key is never crowded out by the namesakes of a common one, and a person sharing
 * many keys comes before one sharing a single key.
 *
 * <p>Two queries whatever the number of subjects: who holds each key, then the records of the persons kept. Ranking
 * happens here, so that a batch of reports looks its candidates up at once.
 */
@Component
class CandidateLookup {

    private final LinkagePersonRepository index;

    CandidateLookup(LinkagePersonRepository index) {
        this.index = index;
    }

    /** The candidates of one subject, sought under these keys. */
    List<Candidate<UUID>> of(String region, Set<String> keys, int limit) {
        return ofAll(region, List.of(keys), limit).get(0);
    }

    /** The candidates of each subject, sought under its keys, in the order of {@code keysOfSubjects}. */
    List<List<Candidate<UUID>>> ofAll(String region, List<Set<String>> keysOfSubjects, int limit) {
        Set<String> allKeys = new LinkedHashSet<>();
        keysOfSubjects.forEach(allKeys::addAll);
        Map<String, List<UUID>> filed = index.filedUnder(region, allKeys);
        List<List<UUID>> best = new ArrayList<>(keysOfSubjects.size());
        Set<UUID> wanted = new LinkedHashSet<>();
        for (Set<String> keys : keysOfSubjects) {
            List<UUID> ranked = ranked(keys, filed, limit);
            best.add(ranked);
            wanted.addAll(ranked);
        }
        Map<UUID, List<Candidate<UUID>>> records = new HashMap<>();
        for (Candidate<UUID> candidate : index.current(wanted)) {
            records.computeIfAbsent(candidate.id(), id -> new ArrayList<>(1)).add(candidate);
        }
        List<List<Candidate<UUID>>> candidates = new ArrayList<>(best.size());
        for (List<UUID> ranked : best) {
            List<Candidate<UUID>> ofSubject = new ArrayList<>(ranked.size());
            for (UUID id : ranked) {
                ofSubject.addAll(records.getOrDefault(id, List.of()));
            }
            candidates.add(ofSubject);
        }
        return candidates;
    }

    /** The persons filed under the keys, heaviest first, at most {@code limit}. */
    static List<UUID> ranked(Set<String> keys, Map<String, List<UUID>> filed, int limit) {
        Map<UUID, Double> weights = new HashMap<>();
        for (String key : keys) {
            List<UUID> holders = filed.getOrDefault(key, List.of());
            double weight = 1.0 / holders.size();
            for (UUID person : holders) {
                weights.merge(person, weight, Double::sum);
            }
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
