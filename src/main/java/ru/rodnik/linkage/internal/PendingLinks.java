package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.Subject;
import ru.rodnik.platform.Uuids;
import ru.rodnik.registry.PersonDetails;

/**
 * What one call of {@link SubjectLinking#linkAll} has decided and not yet written. New persons are known by a
 * provisional id until the registry gives them their own; until then the subjects after them find them here, under
 * the same keys the index would file them under.
 */
final class PendingLinks {

    /** A person to register, under a provisional id. */
    record NewPerson(UUID provisionalId, PersonDetails details, LinkageRecord record, Set<String> keys) {}

    /** A decision about one subject. Its person and candidates may be provisional ids of new persons. */
    record Decided(
            UUID decisionId,
            Subject subject,
            @Nullable String ref,
            LinkStatus status,
            MatchDecision decision,
            @Nullable UUID personId,
            List<RankedCandidate<UUID>> candidates) {}

    private final List<NewPerson> newPersons = new ArrayList<>();
    private final Map<String, List<NewPerson>> newPersonsByKey = new HashMap<>();
    private final Map<UUID, LinkageRecord> newRecords = new HashMap<>();
    private final List<Decided> decided = new ArrayList<>();
    private final Map<String, Decided> byRef = new HashMap<>();

    /** The new persons so far filed under any of the keys, as candidates under their provisional ids. */
    List<Candidate<UUID>> newPersonsUnder(Set<String> keys) {
        if (newPersons.isEmpty()) {
            return List.of();
        }
        Set<UUID> found = new LinkedHashSet<>();
        for (String key : keys) {
            for (NewPerson person : newPersonsByKey.getOrDefault(key, List.of())) {
                found.add(person.provisionalId());
            }
        }
        return found.stream().map(id -> new Candidate<>(id, newRecords.get(id))).toList();
    }

    /** Adds a person to register and returns its provisional id. */
    UUID register(PersonDetails details, LinkageRecord record, Set<String> keys) {
        NewPerson person = new NewPerson(Uuids.timeOrdered(), details, record, keys);
        newPersons.add(person);
        newRecords.put(person.provisionalId(), record);
        for (String key : keys) {
            newPersonsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
        }
        return person.provisionalId();
    }

    /** Adds a decision to write; one with a reference answers later subjects of the same reference. */
    void decided(Decided decision) {
        decided.add(decision);
        if (decision.ref() != null) {
            byRef.put(decision.ref(), decision);
        }
    }

    /** The decision of this call about a subject with this reference, if any. */
    @Nullable
    Decided byRef(String ref) {
        return byRef.get(ref);
    }

    List<NewPerson> newPersons() {
        return newPersons;
    }

    /** The decisions to write, in the order they were made. */
    List<Decided> toWrite() {
        return decided;
    }
}
