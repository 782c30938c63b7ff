package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.MigrationDatabase;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * The migrations that rewrite blocking keys already filed: V14 files earlier persons under their undated full-name
 * keys, V16 turns every key into the 64-bit value that the application now files and looks up
 * ({@link StoredBlockingKey}), so that no person filed before it is lost to linkage.
 */
@RodnikIntegrationTest
class LinkageKeyMigrationsIntegrationTest {

    private static final String REGION = "58000001";

    @Autowired
    DataSource application;

    @Autowired
    Environment environment;

    @Test
    void keysFiledBeforeTheMigrationsAreFoundUnderTheKeysFilingGivesNow() throws SQLException {
        try (MigrationDatabase database = MigrationDatabase.create(application, environment)) {
            JdbcClient jdbc = database.jdbc();
            database.migrateTo("13");
            UUID person = UUID.randomUUID();
            jdbc.sql("""
                            insert into linkage_person (person_id, region_code, surname, surname_key, given_name,
                                given_keys, patronymic, birth_date, co_subject_keys)
                            values (:id, :region, 'зотова', 'зотов', 'лидия', '{}', 'марковна', date '1987-06-05', '{}')
                            """).param("id", person).param("region", REGION).update();
            jdbc.sql("""
                            insert into linkage_block_key (region_code, block_key, person_id)
                            select :region, key, :id from unnest(cast(:keys as text[])) as key
                            """)
                    .param("region", REGION)
                    .param("id", person)
                    .param("keys", new String[] {"n:зотова:лидия", "d:1987-05-06:зотова"})
                    .update();

            database.migrateTo("14");
            List<String> textKeys = jdbc.sql("select block_key from linkage_block_key where person_id = :id")
                    .param("id", person)
                    .query(String.class)
                    .list();
            assertThat(textKeys)
                    .containsExactlyInAnyOrder("n:зотова:лидия", "d:1987-05-06:зотова", "nf:зотова:лидия:марковна");

            database.migrateTo("latest");
            List<Long> stored = jdbc.sql("select block_key from linkage_block_key where person_id = :id")
                    .param("id", person)
                    .query(Long.class)
                    .list();
            assertThat(stored)
                    .containsExactlyInAnyOrderElementsOf(textKeys.stream()
                            .map(key -> StoredBlockingKey.of(REGION, key))
                            .toList());
        }
    }
}
