package ru.rodnik.linkage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each name is in a region, counted from the linkage index and kept for a while: the shares move slowly,
 * and counting a million persons takes a second or two, more than a thousand subjects' matching. A region is counted
 * again after {@link #MAX_AGE}, or at once when the persons filed through this application since the last count
 * ({@link #filed}) reach a quarter of those counted, so that a freshly loaded registry is never judged by the counts
 * of an empty one. Persons another instance files are seen at the next count.
 *
 * <p>One thread counts a region while the others go on with the counts they have; only the very first count of a
 * region is waited for.
 */
@Component
class NameFrequencyCache {

    private static final Duration MAX_AGE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Counted> byRegion = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> filedSinceCount = new ConcurrentHashMap<>();
    private final Set<String> counting = ConcurrentHashMap.newKeySet();

    NameFrequencyCache(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Counted(NameFrequencies frequencies, long persons, Instant at) {}

    NameFrequencies of(String region) {
        Counted counted = byRegion.get(region);
        if (counted == null) {
            return firstCount(region).frequencies();
        }
        if (stale(region, counted) && counting.add(region)) {
            try {
                counted = count(region);
                byRegion.put(region, counted);
            } finally {
                counting.remove(region);
            }
        }
        return counted.frequencies();
    }

    /** Persons were filed for linkage in the region: enough of them make the counts stale. */
    void filed(String region, int persons) {
        filedSinceCount(region).addAndGet(persons);
    }

    private Counted firstCount(String region) {
        synchronized (filedSinceCount(region)) {
            return byRegion.computeIfAbsent(region, this::count);
        }
    }

    private boolean stale(String region, Counted counted) {
        return !counted.at().plus(MAX_AGE).isAfter(clock.instant())
                || filedSinceCount(region).get() > Math.max(100, counted.persons() / 4);
    }

    private AtomicLong filedSinceCount(String region) {
        return filedSinceCount.computeIfAbsent(region, r -> new AtomicLong());
    }

    private Counted count(String region) {
        filedSinceCount(region).set(0);
        Instant at = clock.instant();
        // Every active person once, under its surname key or none: the sum is the number of persons.
        Map<String, Long> surnames = new HashMap<>();
        long[] persons = {0};
        jdbc.sql("""
                        select surname_key, count(*) as n from linkage_person
                        where region_code = :region and active group by surname_key
                        """).param("region", region).query((RowCallbackHandler) rows -> {
            persons[0] += rows.getLong("n");
            String key = rows.getString("surname_key");
            if (key != null) {
                surnames.put(key, rows.getLong("n"));
            }
        });
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
        return new Counted(NameFrequencies.fromCounts(surnames, givenNames, persons[0]), persons[0], at);
    }
}
