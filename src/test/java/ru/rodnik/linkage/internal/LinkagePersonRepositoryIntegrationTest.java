package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

/** The keys a person is filed under, each written with one statement for all of them. */
@RodnikIntegrationTest
class LinkagePersonRepositoryIntegrationTest {

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Autowired
    LinkagePersonRepository persons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void savingAgainFilesThePersonUnderItsNewKeysOnly() {
        String region = region();
        PersonDetails details =
                new PersonDetails("Осипова", "Дарья", "Ильинична", LocalDate.of(2019, 3, 8), Sex.F, null, null, null);
        PersonId person = linking.register(region, details, records.of(details, null, null, Set.of()));
        LinkageRecord record = records.of(details, null, null, Set.of());

        persons.save(person.value(), region, record, List.of("a", "b", "c"));
        assertThat(keysOf(person)).containsExactlyInAnyOrderElementsOf(stored(region, "a", "b", "c"));

        persons.save(person.value(), region, record, List.of("b", "d"));
        assertThat(keysOf(person)).containsExactlyInAnyOrderElementsOf(stored(region, "b", "d"));
    }

    @Test
    void filingUnderMoreKeysKeepsTheOldOnesAndEachKeyOnce() {
        String region = region();
        PersonDetails details =
                new PersonDetails("Осипов", "Глеб", "Ильич", LocalDate.of(2017, 11, 2), Sex.M, null, null, null);
        PersonId person = linking.register(region, details, records.of(details, null, null, Set.of()));
        persons.save(person.value(), region, records.of(details, null, null, Set.of()), List.of("k1", "k2"));

        persons.fileUnder(person.value(), region, List.of("k2", "k3", "k3"));

        assertThat(keysOf(person)).containsExactlyInAnyOrderElementsOf(stored(region, "k1", "k2", "k3"));
    }

    @Test
    void personsAreFoundUnderTheirKeysInTheirOwnRegionOnly() {
        String region = region();
        String otherRegion = region();
        PersonDetails details =
                new PersonDetails("Осипова", "Вера", "Ильинична", LocalDate.of(2015, 4, 9), Sex.F, null, null, null);
        PersonId person = linking.register(region, details, records.of(details, null, null, Set.of()));
        persons.save(person.value(), region, records.of(details, null, null, Set.of()), List.of("k1", "k2"));

        assertThat(persons.filedUnder(region, List.of("k2", "k9"))).isEqualTo(Map.of("k2", List.of(person.value())));
        assertThat(persons.filedUnder(otherRegion, List.of("k1", "k2"))).isEmpty();
    }

    private List<Long> keysOf(PersonId person) {
        return jdbc.sql("select block_key from linkage_block_key where person_id = :person")
                .param("person", person.value())
                .query(Long.class)
                .list();
    }

    private static List<Long> stored(String region, String... keys) {
        return Arrays.stream(keys).map(key -> StoredBlockingKey.of(region, key)).toList();
    }

    private static String region() {
        return "57" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
    }
}
