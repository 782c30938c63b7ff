package ru.rodnik.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.PersonId;

/**
 * The best candidate of each decision sent to review, which the public API does not return: read from the stored
 * decisions, to measure the links the engine would make if every screener agreed with it.
 */
final class ReviewCandidates {

    private ReviewCandidates() {}

    static Map<UUID, PersonId> bestOf(JdbcClient jdbc, List<UUID> decisions) {
        Map<UUID, PersonId> best = new HashMap<>();
        for (int from = 0; from < decisions.size(); from += 5_000) {
            List<UUID> slice = decisions.subList(from, Math.min(decisions.size(), from + 5_000));
            jdbc.sql("""
                            select id, (candidates -> 0 ->> 'personId')::uuid as person
                            from match_decision where id = any(:ids) and jsonb_array_length(candidates) > 0
                            """)
                    .param("ids", slice.toArray(UUID[]::new))
                    .query((rows, i) -> Map.entry(
                            rows.getObject("id", UUID.class), new PersonId(rows.getObject("person", UUID.class))))
                    .list()
                    .forEach(entry -> best.put(entry.getKey(), entry.getValue()));
        }
        return best;
    }
}
