package ru.rodnik.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

@RodnikIntegrationTest
class RegistryIntegrationTest {

    /** A region of its own, so that other tests' persons never show up in these searches. */
    private static final String REGION =
            "77" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anInvalidSnilsIsRefusedByFieldAndNothingIsStored() {
        long before = persons();
        assertThatThrownBy(() -> registry.registerPerson(
                        REGION, details("Иванов", "Пётр", LocalDate.of(2016, 3, 2), "112-233-445 96")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("snils", "E2006")));
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void impossibleBirthDatesAndEmptyNamesAreRefused() {
        long before = persons();
        assertThatThrownBy(() -> registry.registerPerson(
                        REGION, details("Иванов", "Пётр", LocalDate.now().plusDays(1), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::code)
                                .containsExactly("E2004"));
        assertThatThrownBy(() ->
                        registry.registerPerson(REGION, details("Иванов", "Пётр", LocalDate.of(1899, 12, 31), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::code)
                                .containsExactly("E2005"));
        assertThatThrownBy(() -> registry.registerPerson(REGION, details(" ", "", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("lastName", "firstName"));
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void aValidPersonIsStoredWithItsSnilsInDigitsAndTheReadIsAudited() {
        PersonId id =
                registry.registerPerson(REGION, details("Иванов", "Пётр", LocalDate.of(2016, 3, 2), "112-233-445 95"));
        var person = registry.person(id).orElseThrow();
        assertThat(person.snils()).isEqualTo("11223344595");
        assertThat(person.snilsFormatted()).isEqualTo("112-233-445 95");
        assertThat(audits("CREATE", id)).isEqualTo(1);
        assertThat(audits("READ", id)).isEqualTo(1);
    }

    @Test
    void aFamilyListsItsMembersWithTheirRoles() {
        PersonId mother =
                registry.registerPerson(REGION, details("Кузнецова", "Ольга", LocalDate.of(1990, 7, 14), null));
        PersonId child = registry.registerPerson(REGION, details("Кузнецов", "Артём", LocalDate.of(2022, 1, 5), null));
        FamilyId family = registry.registerFamily(REGION, null, "г. Бердск, ул. Боровая, д. 3");
        registry.addMember(family, mother, FamilyRole.MOTHER, null);
        registry.addMember(family, child, FamilyRole.CHILD, null);
        registry.addMember(family, child, FamilyRole.CHILD, null);

        var members = registry.family(family).orElseThrow().members();
        assertThat(members).extracting(m -> m.role()).containsExactly(FamilyRole.MOTHER, FamilyRole.CHILD);
        assertThat(registry.familiesOf(child)).containsExactly(family);
    }

    @Test
    void twoTransactionsAddingTheSameMemberAtOnceAddItOnce() throws Exception {
        PersonId child = registry.registerPerson(REGION, details("Гусев", "Матвей", LocalDate.of(2020, 3, 3), null));
        FamilyId family = registry.registerFamily(REGION, null, null);
        CountDownLatch firstAdded = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first =
                    threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        registry.addMember(family, child, FamilyRole.CHILD, null);
                        firstAdded.countDown();
                        awaitQuietly(firstMayCommit);
                    }));
            assertThat(firstAdded.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> registry.addMember(family, child, FamilyRole.CHILD, null));

            // The second cannot tell whether the first's membership will be committed, so it waits for it.
            assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            firstMayCommit.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            threads.shutdown();
        }

        assertThat(jdbc.sql("select count(*) from family_member where family_id = :family")
                        .param("family", family.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMemberIsAddedOnceAuditedOnceAndOnlyWithinItsRegion() {
        PersonId child = registry.registerPerson(REGION, details("Лосев", "Кирилл", LocalDate.of(2019, 2, 2), null));
        FamilyId family = registry.registerFamily(REGION, null, null);
        registry.addMember(family, child, FamilyRole.CHILD, LocalDate.of(2019, 2, 2));
        registry.addMember(family, child, FamilyRole.CHILD, null);
        assertThat(registry.family(family).orElseThrow().members()).singleElement();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'UPDATE' and subject_type = 'FAMILY' and subject_id = :id
                        """)
                        .param("id", family.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String elsewhere = "78" + REGION.substring(2);
        FamilyId foreign = registry.registerFamily(elsewhere, null, null);
        assertThatThrownBy(() -> registry.addMember(foreign, child, FamilyRole.CHILD, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.addMember(FamilyId.newId(), child, FamilyRole.CHILD, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.addMember(family, PersonId.newId(), FamilyRole.MOTHER, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(registry.family(foreign).orElseThrow().members()).isEmpty();
        assertThat(registry.family(family).orElseThrow().members()).singleElement();
    }

    @Test
    void relationshipsReadFromBothSides() {
        PersonId mother = registry.registerPerson(REGION, details("Лукина", "Дарья", LocalDate.of(1992, 3, 3), null));
        PersonId son = registry.registerPerson(REGION, details("Лукин", "Матвей", LocalDate.of(2020, 4, 4), null));
        registry.relate(mother, ru.rodnik.registry.RelationshipKind.PARENT_OF, son);
        registry.relate(mother, ru.rodnik.registry.RelationshipKind.PARENT_OF, son);

        assertThat(registry.relationshipsOf(mother)).singleElement().satisfies(r -> {
            assertThat(r.outgoing()).isTrue();
            assertThat(r.other().id()).isEqualTo(son);
        });
        assertThat(registry.relationshipsOf(son)).singleElement().satisfies(r -> {
            assertThat(r.outgoing()).isFalse();
            assertThat(r.other().id()).isEqualTo(mother);
        });
    }

    @Test
    void searchToleratesTyposTransliterationSwapsAndDiminutives() {
        PersonId natalya = registry.registerPerson(
                REGION,
                new PersonDetails(
                        "Семёнова", "Наталья", "Игоревна", LocalDate.of(1988, 4, 9), Sex.F, null, null, null));
        registry.registerPerson(
                REGION,
                new PersonDetails("Смирнова", "Анна", "Петровна", LocalDate.of(1991, 2, 1), Sex.F, null, null, null));

        for (String query : List.of(
                "Семенова Наталья",
                "семёнова наталия",
                "Semenova Natalya",
                "Наталья Семенова",
                "Семенва Наталья",
                "Наташа Семенова",
                "Семенова Натлья",
                "Семенва Наташа",
                "SEMYONOVA NATALIA")) {
            List<PersonSearchHit> hits = registry.search(REGION, query, null, 5);
            assertThat(hits).as(query).isNotEmpty();
            assertThat(hits.get(0).person().id()).as(query).isEqualTo(natalya);
        }
    }

    @Test
    void personsRegisteredInBulkAreFoundByAMisspeltName() {
        List<PersonId> registered = registry.registerAll(
                REGION,
                List.of(
                        details("Вершинина", "Любава", LocalDate.of(2015, 8, 30), null),
                        details("Вершинин", "Святослав", LocalDate.of(2012, 2, 2), null)));

        assertThat(registry.search(REGION, "Вершнина Любава", null, 5))
                .extracting(hit -> hit.person().id())
                .first()
                .isEqualTo(registered.get(0));
        assertThat(registry.search(REGION, "Вершинин Святослва", null, 5))
                .extracting(hit -> hit.person().id())
                .first()
                .isEqualTo(registered.get(1));
    }

    @Test
    void aBirthDateRanksTheRightPersonFirstAndASwappedDateStillHelps() {
        PersonId older = registry.registerPerson(REGION, details("Попова", "Мария", LocalDate.of(1985, 5, 3), null));
        PersonId younger =
                registry.registerPerson(REGION, details("Попова", "Мария", LocalDate.of(2010, 11, 20), null));
        assertThat(registry.search(REGION, "Попова Мария", LocalDate.of(2010, 11, 20), 5)
                        .get(0)
                        .person()
                        .id())
                .isEqualTo(younger);
        assertThat(registry.search(REGION, "Попова Мария", LocalDate.of(1985, 3, 5), 5)
                        .get(0)
                        .person()
                        .id())
                .isEqualTo(older);
    }

    @Test
    void searchStaysInsideItsRegion() {
        PersonId zlata =
                registry.registerPerson(REGION, details("Уникальнова", "Злата", LocalDate.of(2019, 6, 6), null));
        assertThat(registry.search(REGION, "Уникальнова Злата", null, 5))
                .extracting(hit -> hit.person().id())
                .containsExactly(zlata);
        assertThat(registry.search("50000000", "Уникальнова Злата", null, 50))
                .extracting(hit -> hit.person().id())
                .doesNotContain(zlata);
    }

    private static PersonDetails details(String lastName, String firstName, LocalDate birthDate, String snils) {
        return new PersonDetails(lastName, firstName, null, birthDate, null, snils, null, null);
    }

    private long persons() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private long audits(String action, PersonId id) {
        return jdbc.sql(
                        "select count(*) from audit_event where action = :a and subject_type = 'PERSON' and subject_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}
