package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

/** Which persons blocking offers when a subject's keys are shared by many: the most telling keys come first. */
@RodnikIntegrationTest
class CandidateRankingIntegrationTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(2021, 7, 15);

    @Autowired
    SubjectLinking linking;

    @Autowired
    CandidateLookup lookup;

    @Autowired
    LinkageRecords records;

    @Autowired
    LinkagePersonRepository persons;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonSharingARareKeyIsNotCrowdedOutByTheNamesakesOfACommonOne() {
        String region =
                "57" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        // Namesakes of the same decade share the name-and-decade keys with the subject, far more of them than are
        // offered; only the sought person also shares its birth date.
        for (int i = 0; i < 120; i++) {
            LocalDate other = LocalDate.of(2020, 1, 1).plusDays(2 * i);
            if (!BlockingKeys.unorderedDate(other).equals(BlockingKeys.unorderedDate(BIRTH_DATE))) {
                register(region, "Кротова", "Есения", "Андреевна", other);
            }
        }
        PersonId sought = register(region, "Кротова", "Есения", "Павловна", BIRTH_DATE);

        LinkageRecord subject = records.of(
                new PersonDetails("Кротова", "Есения", null, BIRTH_DATE, Sex.F, null, null, null),
                null,
                null,
                Set.of());
        var candidates =
                lookup.of(region, CandidateLookup.Sought.of(subject, new BlockingKeys().soughtUnder(subject)), 5);

        assertThat(candidates).hasSize(5);
        assertThat(candidates.get(0).id()).isEqualTo(sought.value());
    }

    @Test
    void aCandidatesFamilyIsReadOnlyForASubjectSeenWithSomebody() {
        String region =
                "57" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        PersonDetails child = new PersonDetails("Лыкова", "Вера", "Ивановна", BIRTH_DATE, Sex.F, null, null, null);
        PersonDetails mother =
                new PersonDetails("Лыкова", "Ольга", "Петровна", LocalDate.of(1990, 2, 3), Sex.F, null, null, null);
        Set<String> family = CoSubjectKeys.of(records.of(mother, null, null, Set.of()));
        PersonId registered = linking.register(region, child, records.of(child, null, null, family));
        LinkageRecord alone = records.of(child, null, null, Set.of());
        LinkageRecord withMother = records.of(child, null, null, family);

        var forAlone = lookup.of(region, CandidateLookup.Sought.of(alone, new BlockingKeys().soughtUnder(alone)), 5);
        var forWithMother =
                lookup.of(region, CandidateLookup.Sought.of(withMother, new BlockingKeys().soughtUnder(withMother)), 5);

        assertThat(forAlone).singleElement().satisfies(candidate -> {
            assertThat(candidate.id()).isEqualTo(registered.value());
            assertThat(candidate.record().coSubjectKeys()).isEmpty();
        });
        assertThat(forWithMother)
                .singleElement()
                .satisfies(candidate ->
                        assertThat(candidate.record().coSubjectKeys()).isEqualTo(family));
    }

    @Test
    void theCandidatesRecordsAreReadWithOnePlanNotOnePerSubject() {
        String region =
                "57" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        PersonId one = register(region, "Зотова", "Алла", "Ивановна", BIRTH_DATE);
        PersonId other = register(region, "Зотова", "Инна", "Ивановна", BIRTH_DATE);

        // One transaction, one connection: the driver prepares the statement on the server after a few uses, and the
        // server then plans it once, unless each execution's arguments promise a cheaper plan of its own.
        Long generic = new TransactionTemplate(transactions).execute(status -> {
            for (int i = 0; i < 12; i++) {
                assertThat(persons.current(Map.of(one.value(), true, other.value(), i % 2 == 0)))
                        .hasSize(2);
            }
            return jdbc.sql("""
                            select coalesce(sum(generic_plans), 0) from pg_prepared_statements
                            where statement like '%join linkage_alias p on p.person_id = w.id%'""").query(Long.class).single();
        });

        assertThat(generic).isPositive();
    }

    private PersonId register(String region, String lastName, String firstName, String patronymic, LocalDate born) {
        PersonDetails details = new PersonDetails(lastName, firstName, patronymic, born, Sex.F, null, null, null);
        return linking.register(region, details, records.of(details, null, null, Set.of()));
    }
}
