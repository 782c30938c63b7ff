package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.RodnikIntegrationTest;

/** The embedded server is the product database: an acknowledged write must reach the disk. */
@RodnikIntegrationTest
class EmbeddedDatabaseIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void fsyncAndSynchronousCommitAreOn() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void runsPostgreSql17WithUtf8() {
        assertThat(setting("server_version")).startsWith("17.");
        assertThat(setting("server_encoding")).isEqualTo("UTF8");
    }

    @Test
    void searchExtensionsAreInstalled() {
        assertThat(jdbc.sql("select extname from pg_extension")
                        .query(String.class)
                        .list())
                .contains("pg_trgm", "unaccent", "fuzzystrmatch");
        assertThat(jdbc.sql("select similarity('Семёнова', 'Семенова') > 0.3")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
