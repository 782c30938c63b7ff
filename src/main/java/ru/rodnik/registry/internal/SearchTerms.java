package ru.rodnik.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.NameNormaliser;

/**
 * What a person search looks for: each word of the query as a surname and as a first name, as written and as the
 * region's nearest name keys (a misspelt word finds the spelling it missed), paired with every other word, since
 * either word may be the surname.
 *
 * @param text the query's words, normalised, for trigram similarity with each person's whole name
 * @param surnameKeys the surname key of each word as written, for scoring
 * @param givenKeys the first-name keys of each word as written, for scoring
 * @param pairs {@code region:surname key:first-name key} of every two words: persons with one are candidates
 * @param loneSurnames for a query of one word, taken for a surname, its key and the near ones: persons with one are
 *     candidates
 * @param birthDate when given, persons born that day (or with day and month exchanged) whose name is anywhere near
 *     are candidates too, so that a name misspelt beyond correction is still found by its date
 */
record SearchTerms(
        String region,
        String text,
        List<String> surnameKeys,
        List<String> givenKeys,
        List<String> pairs,
        List<String> loneSurnames,
        @Nullable LocalDate birthDate) {

    static final String SURNAME = "S";
    static final String GIVEN_NAME = "G";

    /** The region's name keys of a kind nearest to each of the keys. */
    interface NearestKeys {
        List<PersonRepository.NearKey> of(String region, List<String> kinds, List<String> keys);
    }

    static SearchTerms of(
            String region,
            List<String> words,
            @Nullable LocalDate birthDate,
            NameNormaliser names,
            NearestKeys nearest) {
        List<String> surnameKeys = new ArrayList<>();
        List<Set<String>> givenKeys = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            String surnameKey = names.surnameKey(word);
            surnameKeys.add(surnameKey);
            kinds.add(SURNAME);
            keys.add(surnameKey);
            Set<String> given = names.givenNameKeys(word);
            givenKeys.add(given);
            for (String key : given) {
                kinds.add(GIVEN_NAME);
                keys.add(key);
            }
        }
        Map<String, Set<String>> near = new HashMap<>();
        for (PersonRepository.NearKey key : nearest.of(region, kinds, keys)) {
            near.computeIfAbsent(key.kind() + key.key(), k -> new LinkedHashSet<>())
                    .add(key.near());
        }
        List<Set<String>> surnames = new ArrayList<>();
        List<Set<String>> givenNames = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            surnames.add(withNear(Set.of(surnameKeys.get(i)), SURNAME, near));
            givenNames.add(withNear(givenKeys.get(i), GIVEN_NAME, near));
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (i == j) {
                    continue;
                }
                for (String surname : surnames.get(i)) {
                    for (String given : givenNames.get(j)) {
                        pairs.add(region + ":" + surname + ":" + given);
                    }
                }
            }
        }
        boolean lone = words.size() == 1;
        return new SearchTerms(
                region,
                words.stream().map(names::normalise).collect(Collectors.joining(" ")),
                List.copyOf(new LinkedHashSet<>(surnameKeys)),
                givenKeys.stream().flatMap(Set::stream).distinct().toList(),
                List.copyOf(pairs),
                lone ? List.copyOf(surnames.get(0)) : List.of(),
                birthDate);
    }

    private static Set<String> withNear(Set<String> keys, String kind, Map<String, Set<String>> near) {
        Set<String> all = new LinkedHashSet<>(keys);
        for (String key : keys) {
            all.addAll(near.getOrDefault(kind + key, Set.of()));
        }
        return all;
    }
}
