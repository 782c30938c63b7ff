package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFrequenciesTest {

    private static LinkageRecord person(String surname, String key, String given, Set<String> givenKeys) {
        return LinkageRecord.builder()
                .surname(surname, key, null)
                .givenName(given, givenKeys, null)
                .build();
    }

    @Test
    void sharesAreCountedBySurnameKeyAndFirstNameKey() {
        NameFrequencies frequencies = NameFrequencies.count(List.of(
                person("иванова", "иванов", "анна", Set.of("анна")),
                person("иванов", "иванов", "саша", Set.of("александр", "александра")),
                person("петрова", "петров", "анна", Set.of("анна")),
                person("сидоров", "сидоров", "александр", Set.of("александр"))));

        assertThat(frequencies.surname("иванов")).isEqualTo(0.5);
        assertThat(frequencies.surname("петров")).isEqualTo(0.25);
        assertThat(frequencies.givenName(Set.of("анна"))).isEqualTo(0.5);
        assertThat(frequencies.givenName(Set.of("александр", "александра"))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void anUnknownNameHasNoShare() {
        NameFrequencies frequencies =
                NameFrequencies.count(List.of(person("иванова", "иванов", "анна", Set.of("анна"))));

        assertThat(frequencies.surname("достоевск")).isNaN();
        assertThat(frequencies.givenName(Set.of("фекла"))).isNaN();
        assertThat(NameFrequencies.NONE.surname("иванов")).isNaN();
    }

    @Test
    void theMatcherLooksSharesUpOnTheCandidatesSide() {
        NameFrequencies frequencies = NameFrequencies.count(List.of(
                person("иванова", "иванов", "анна", Set.of("анна")),
                person("иванов", "иванов", "петр", Set.of("петр"))));
        PairComparison comparison = new PairComparison(MatchWeights.defaults(), frequencies);

        ComparisonVector exact = comparison.compare(
                person("иванова", "иванов", "анна", Set.of("анна")),
                person("иванова", "иванов", "анна", Set.of("анна")));
        ComparisonVector sameKey = comparison.compare(
                person("иванов", "иванов", "анна", Set.of("анна")),
                person("иванова", "иванов", "анна", Set.of("анна")));

        assertThat(exact.surnameShare()).isEqualTo(1.0);
        assertThat(exact.givenNameShare()).isEqualTo(0.5);
        assertThat(sameKey.surnameShare()).isNaN();
    }
}
