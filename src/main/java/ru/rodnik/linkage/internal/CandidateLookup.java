package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * happens here, so that a batch of reports looks its candidates up at once. A candidate's family keys are read only
 * for a subject that names companions: without them the family feature has nothing to compare.
 */
@Component
class CandidateLookup {

    private final LinkagePersonRepository index;

    CandidateLookup(LinkagePersonRepository index) {
        this.index = index;
    }

    /**
     * What one subject seeks.
     *
     * @param keys its blocking keys
     * @param family whether it names companions, so that the candidates' family keys are worth reading
     */
    record Sought(Set<String> keys, boolean family) {

        static Sought of(LinkageRecord subject, Set<String> keys) {
            return new Sought(keys, !subject.coSubjectKeys().isEmpty());
        }
    }

    /** The candidates of one subject. */
    List<Candidate<UUID>> of(String region, Sought subject, int limit) {
        return ofAll(region, List.of(subject), limit).get(0);
    }

    /** The candidates of each subject, in the order of {@code subjects}. */
    List<List<Candidate<UUID>>> ofAll(String region, List<Sought> subjects, int limit) {
        Set<String> allKeys = new LinkedHashSet<>();
        subjects.forEach(subject -> allKeys.addAll(subject.keys()));
        Map<String, List<UUID>> filed = index.filedUnder(region, allKeys);
        List<List<UUID>> best = new ArrayList<>(subjects.size());
        // Each person wanted, and whether any subject that wants it names companions.
        Map<UUID, Boolean> wanted = new LinkedHashMap<>();
        for (Sought subject : subjects) {
            List<UUID> ranked = ranked(subject.keys(), filed, limit);
            best.add(ranked);
            for (UUID id : ranked) {
                wanted.merge(id, subject.family(), Boolean::logicalOr);
            }
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
