package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

/** A person filed before the undated full-name key existed gets it from the migration, as filing would give it now. */
@RodnikIntegrationTest
class FullNameKeyBackfillIntegrationTest {

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Test
    void theMigrationFilesEarlierPersonsUnderTheirFullNameKeys() throws IOException {
        String region =
                "58" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        PersonDetails details =
                new PersonDetails("Зотова", "Лидия", "Марковна", LocalDate.of(1987, 6, 5), Sex.F, null, null, null);
        PersonId person = linking.register(region, details, records.of(details, null, null, Set.of()));
        List<String> filed = fullNameKeys(person);
        assertThat(filed).as("precondition: filing gives them now").contains("nf:зотова:лидия:марковна");
        jdbc.sql("delete from linkage_block_key where person_id = :id and block_key like 'nf:%'")
                .param("id", person.value())
                .update();

        template.execute(new ClassPathResource("db/migration/V14__linkage_full_name_keys_and_compact_decisions.sql")
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(fullNameKeys(person)).containsExactlyInAnyOrderElementsOf(filed);
    }

    private List<String> fullNameKeys(PersonId person) {
        return jdbc.sql("select block_key from linkage_block_key where person_id = :id and block_key like 'nf:%'")
                .param("id", person.value())
                .query(String.class)
                .list();
    }
}
