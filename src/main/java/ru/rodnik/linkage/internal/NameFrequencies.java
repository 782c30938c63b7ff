package ru.rodnik.linkage.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How common each surname key and first-name key is among the registry's persons. Two records that agree on
 * «Иванов» say much less than two that agree on «Достоевский»: with these shares the exact-agreement weights follow
 * the name (Winkler's frequency-based matching) instead of the average of all names, which is what keeps namesakes
 * with common names from being linked on a name and a near birth date.
 *
 * <p>The shares come from counting the registry (later: {@code select surname_key, count(*) from person group by 1},
 * refreshed now and then). A name the counts do not know gets no adjustment.
 */
final class NameFrequencies {

    /** No counts: every agreement weighs the level's average. */
    static final NameFrequencies NONE = new NameFrequencies(Map.of(), Map.of());

    private final Map<String, Double> surnameShares;
    private final Map<String, Double> givenNameShares;

    private NameFrequencies(Map<String, Double> surnameShares, Map<String, Double> givenNameShares) {
        this.surnameShares = surnameShares;
        this.givenNameShares = givenNameShares;
    }

    /** Shares from counts of persons per surname key and per first-name key, out of {@code persons}. */
    static NameFrequencies fromCounts(
            Map<String, Long> surnameKeyCounts, Map<String, Long> givenNameKeyCounts, long persons) {
        if (persons <= 0) {
            return NONE;
        }
        return new NameFrequencies(shares(surnameKeyCounts, persons), shares(givenNameKeyCounts, persons));
    }

    /** Counts a set of registry records; the caller's SQL will do the same with {@code group by}. */
    static NameFrequencies count(Iterable<LinkageRecord> persons) {
        Map<String, Long> surnames = new HashMap<>();
        Map<String, Long> givenNames = new HashMap<>();
        long total = 0;
        for (LinkageRecord person : persons) {
            total++;
            if (person.surnameKey() != null) {
                surnames.merge(person.surnameKey(), 1L, Long::sum);
            }
            for (String key : person.givenNameKeys()) {
                givenNames.merge(key, 1L, Long::sum);
            }
        }
        return fromCounts(surnames, givenNames, total);
    }

    /** The share of persons with this surname key; NaN when unknown. */
    double surname(String surnameKey) {
        return surnameShares.getOrDefault(surnameKey, Double.NaN);
    }

    /** The share of persons a first name with these keys may stand for; NaN when none is known. */
    double givenName(Set<String> keys) {
        double share = 0;
        boolean known = false;
        for (String key : keys) {
            Double value = givenNameShares.get(key);
            if (value != null) {
                share += value;
                known = true;
            }
        }
        return known ? Math.min(share, 1) : Double.NaN;
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total) {
        Map<String, Double> shares = new HashMap<>(counts.size() * 2);
        counts.forEach((name, count) -> shares.put(name, (double) count / total));
        return Map.copyOf(shares);
    }
}
