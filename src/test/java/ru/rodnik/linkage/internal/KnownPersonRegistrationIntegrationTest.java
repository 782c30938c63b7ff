package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.linkage.KnownPerson;
import ru.rodnik.linkage.KnownPersonRegistration;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

/** A region's earlier registry taken over in bulk: stored, audited, searchable and linkable like persons one by one. */
@RodnikIntegrationTest
class KnownPersonRegistrationIntegrationTest {

    private static final PersonDetails MOTHER = new PersonDetails(
            "Семёнова-Петрова", "Наталья", "Игоревна", LocalDate.of(1988, 4, 17), Sex.F, "112-233-445 95", null, null);
    private static final PersonDetails CHILD = new PersonDetails(
            "Семёнова", "Дарья", "Андреевна", LocalDate.of(2015, 9, 3), Sex.F, null, "II-ЕТ 654321", null);
    private static final String ADDRESS = "г. Бердск, ул. Новая, д. 7, кв. 15";
    /** Quotes, commas and backslashes: what COPY's CSV must carry through unchanged. */
    private static final PersonDetails ODDLY_WRITTEN = new PersonDetails(
            "Д'Арк \"Старшая\"", "Жанна, Мария", "\\", LocalDate.of(1990, 1, 6), Sex.F, null, "\\N", "+7 (900) 1");

    private static final String TERRITORY = "50708000";

    @Autowired
    KnownPersonRegistration known;

    @Autowired
    Linkage linkage;

    @Autowired
    Registry registry;

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void knownPersonsAreFoundBySearchAndByTheLinkageOfALaterReport() {
        String region = uniqueRegion();
        List<PersonId> ids = known.registerKnown(region, family());

        List<PersonSearchHit> hits = registry.search(region, "Semenova Daria", null, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).person().id()).isEqualTo(ids.get(1));
        assertThat(hits.get(0).person().lastName()).isEqualTo("Семёнова");

        List<SubjectLink> links = linkage.link(
                region,
                List.of(
                        new Subject(
                                FamilyRole.CHILD,
                                new PersonDetails(
                                        "Семенова",
                                        "Дарья",
                                        "Андреевна",
                                        LocalDate.of(2015, 9, 3),
                                        null,
                                        null,
                                        null,
                                        null),
                                TERRITORY,
                                ADDRESS),
                        new Subject(
                                FamilyRole.MOTHER,
                                new PersonDetails(
                                        "Петрова", "Наталия", null, LocalDate.of(1988, 4, 17), null, null, null, null),
                                null,
                                null)),
                "TEST",
                null);
        assertThat(links.get(0).status()).as(links.get(0).decision().toString()).isEqualTo(LinkStatus.AUTO_LINKED);
        assertThat(links.get(0).person()).isEqualTo(ids.get(1));
    }

    @Test
    void everyPersonRegisteredInBulkIsAuditedAsCreated() {
        String region = uniqueRegion();
        List<PersonId> ids = known.registerKnown(region, family());

        List<String> audited = jdbc.sql("""
                        select subject_id from audit_event
                        where action = 'CREATE' and subject_type = 'PERSON' and subject_id in (:first, :second)
                          and details = 'bulk registration'
                        """)
                .param("first", ids.get(0).toString())
                .param("second", ids.get(1).toString())
                .query(String.class)
                .list();
        assertThat(audited)
                .containsExactlyInAnyOrder(ids.get(0).toString(), ids.get(1).toString());
    }

    @Test
    void oneInvalidPersonStoresNobodyAndIsNamedByItsPlace() {
        String region = uniqueRegion();
        PersonDetails wrongSnils =
                new PersonDetails("Орлов", "Глеб", null, LocalDate.of(2012, 1, 5), Sex.M, "112-233-445 96", null, null);
        List<KnownPerson> people =
                List.of(family().get(0), new KnownPerson(wrongSnils, TERRITORY, ADDRESS, List.of()), family().get(1));

        assertThatThrownBy(() -> known.registerKnown(region, people))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("people[1].snils", "E2006")));
        assertThat(count("select count(*) from person where region_code = :region", region))
                .isZero();
        assertThat(count("select count(*) from linkage_person where region_code = :region", region))
                .isZero();
        // linkage_block_key holds no region, and its rows cannot outlive their linkage_person (foreign key)
    }

    @Test
    void aPersonIsFiledInBulkExactlyAsOneByOne() {
        String bulkRegion = uniqueRegion();
        String singleRegion = uniqueRegion();
        String oddAddress = "ул. \"Новая\", д. 7\\2";
        PersonId bulk = known.registerKnown(
                        bulkRegion, List.of(new KnownPerson(ODDLY_WRITTEN, TERRITORY, oddAddress, List.of(CHILD))))
                .get(0);
        LinkageRecord record = records.of(
                ODDLY_WRITTEN, TERRITORY, oddAddress, CoSubjectKeys.of(records.of(CHILD, null, null, Set.of())));
        PersonId single = linking.register(singleRegion, ODDLY_WRITTEN, record);

        assertThat(filed(bulk)).isEqualTo(filed(single));
        Set<String> filedUnder = new BlockingKeys().filedUnder(record);
        assertThat(filedUnder).hasSizeGreaterThan(10);
        assertThat(keys(bulk)).isEqualTo(stored(bulkRegion, filedUnder));
        assertThat(keys(single)).isEqualTo(stored(singleRegion, filedUnder));
        assertThat(registry.person(bulk).orElseThrow().lastName()).isEqualTo("Д'Арк \"Старшая\"");
        assertThat(registry.person(bulk).orElseThrow().birthCertificate()).isEqualTo("\\N");
        assertThat(registry.person(bulk).orElseThrow())
                .usingRecursiveComparison()
                .ignoringFields("id", "regionCode")
                .isEqualTo(registry.person(single).orElseThrow());
    }

    private static List<KnownPerson> family() {
        return List.of(
                new KnownPerson(MOTHER, TERRITORY, ADDRESS, List.of(CHILD)),
                new KnownPerson(CHILD, TERRITORY, ADDRESS, List.of(MOTHER)));
    }

    private Map<String, Object> filed(PersonId person) {
        return jdbc.sql("""
                        select surname, surname_key, surname_phonetic, given_name,
                               (select array_agg(k order by k) from unnest(given_keys) k)::text as given_keys,
                               given_phonetic, patronymic, birth_date, sex, snils, birth_certificate, territory_code,
                               address, (select array_agg(k order by k) from unnest(co_subject_keys) k)::text as co_keys,
                               active
                        from linkage_person where person_id = :id
                        """).param("id", person.value()).query().singleRow();
    }

    private Set<Long> keys(PersonId person) {
        return Set.copyOf(jdbc.sql("select block_key from linkage_block_key where person_id = :id")
                .param("id", person.value())
                .query(Long.class)
                .list());
    }

    private static Set<Long> stored(String region, Set<String> keys) {
        return keys.stream().map(key -> StoredBlockingKey.of(region, key)).collect(Collectors.toSet());
    }

    private long count(String sql, String region) {
        return jdbc.sql(sql).param("region", region).query(Long.class).single();
    }

    private static String uniqueRegion() {
        return "78" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
    }
}
