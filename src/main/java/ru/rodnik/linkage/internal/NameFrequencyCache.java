package ru.rodnik.linkage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each name is in a region, counted from the linkage index and kept for a while: the shares move slowly,
 * and counting a million persons on every subject would cost more than the matching itself. A region whose index has
 * grown by a quarter since the last count is counted again at once, so a freshly loaded registry is never judged by
 * the counts of an empty one.
 */
@Component
class NameFrequencyCache {

    private static final Duration MAX_AGE = Duration.ofMinutes(15);
    private static final Duration GROWTH_CHECK = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Counted> byRegion = new ConcurrentHashMap<>();

    NameFrequencyCache(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Counted(NameFrequencies frequencies, long persons, Instant at, Instant checked) {}

    NameFrequencies of(String region) {
        Instant now = clock.instant();
        Counted counted = byRegion.get(region);
        if (counted != null && counted.checked().plus(GROWTH_CHECK).isAfter(now)) {
            // Counting the region is a scan; between checks the counts of a few seconds ago are good enough.
            return counted.frequencies();
        }
        if (counted != null && counted.at().plus(MAX_AGE).isAfter(now) && !grown(region, counted.persons())) {
            byRegion.put(region, new Counted(counted.frequencies(), counted.persons(), counted.at(), now));
            return counted.frequencies();
        }
        Counted fresh = count(region, now);
        byRegion.put(region, fresh);
        return fresh.frequencies();
    }

    private boolean grown(String region, long countedPersons) {
        return persons(region) > countedPersons + Math.max(100, countedPersons / 4);
    }

    private long persons(String region) {
        return jdbc.sql("select count(*) from linkage_person where region_code = :region and active")
                .param("region", region)
                .query(Long.class)
                .single();
    }

    private Counted count(String region, Instant now) {
        Map<String, Long> surnames = jdbc
                .sql("""
                        select surname_key, count(*) as n from linkage_person
                        where region_code = :region and active and surname_key is not null group by surname_key
                        """)
                .param("region", region)
                .query((rows, i) -> Map.entry(rows.getString("surname_key"), rows.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> givenNames = jdbc
                .sql("""
                        select key, count(*) as n from linkage_person, unnest(given_keys) as key
                        where region_code = :region and active group by key
                        """)
                .param("region", region)
                .query((rows, i) -> Map.entry(rows.getString("key"), rows.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long persons = persons(region);
        return new Counted(NameFrequencies.fromCounts(surnames, givenNames, persons), persons, now, now);
    }
}
