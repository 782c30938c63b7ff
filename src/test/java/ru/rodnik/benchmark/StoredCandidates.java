package ru.rodnik.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.PersonId;

/**
 * The candidates stored with each decision, best first, which the public API does not return: read from the stored
 * decisions, to measure the links the engine would make if every screener agreed with it, and to tell why a report
 * was not linked.
 */
final class StoredCandidates {

    private StoredCandidates() {}

    static Map<UUID, List<PersonId>> of(JdbcClient jdbc, List<UUID> decisions) {
        Map<UUID, List<PersonId>> candidates = new HashMap<>();
        for (int from = 0; from < decisions.size(); from += 5_000) {
            List<UUID> slice = decisions.subList(from, Math.min(decisions.size(), from + 5_000));
            jdbc.sql("""
                            select d.id, (c.candidate ->> 'personId')::uuid as person
                            from match_decision d, jsonb_array_elements(d.candidates) with ordinality as c (candidate, n)
                            where d.id = any(:ids)
                            order by d.id, c.n
                            """)
                    .param("ids", slice.toArray(UUID[]::new))
                    .query((rows, i) -> Map.entry(
                            rows.getObject("id", UUID.class), new PersonId(rows.getObject("person", UUID.class))))
                    .list()
                    .forEach(entry -> candidates
                            .computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                            .add(entry.getValue()));
        }
        return candidates;
    }
}
