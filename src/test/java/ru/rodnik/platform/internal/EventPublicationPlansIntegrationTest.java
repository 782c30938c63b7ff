package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * The listener's update and deletion of a publication by id keep the primary key's index scan as their generic plan
 * even after vacuum has found the table empty, which it often does: completed publications are deleted.
 */
@RodnikIntegrationTest
class EventPublicationPlansIntegrationTest {

    private static final int PUBLICATIONS = 2_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Test
    void anEmptiedAndVacuumedTableIsStillReadByItsIndex() {
        publishAndComplete();
        jdbc.sql("vacuum (analyze) event_publication").update();

        assertThat(genericPlan("delete from event_publication where id = $1"))
                .contains("Index Scan using event_publication_pkey")
                .doesNotContain("Seq Scan");
        assertThat(genericPlan(
                        "update event_publication set status = 'PROCESSING' where id = $1 and status != 'PROCESSING'"))
                .contains("Index Scan using event_publication_pkey")
                .doesNotContain("Seq Scan");
    }

    /** Fills some pages with publications and deletes them, as the listeners' completions do. */
    private void publishAndComplete() {
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                        select gen_random_uuid(), 'plan-probe', 'plan-probe', repeat('x', 400) || g, now()
                        from generate_series(1, :count) g
                        """).param("count", PUBLICATIONS).update();
        jdbc.sql("delete from event_publication where listener_id = 'plan-probe'")
                .update();
    }

    /** The plan a session keeps once it has settled on a generic one, as the listeners' sessions do. */
    private String genericPlan(String statement) {
        return template.execute((ConnectionCallback<String>) connection -> {
            try (Statement session = connection.createStatement()) {
                session.execute("set plan_cache_mode = force_generic_plan");
                try {
                    session.execute("prepare probe (uuid) as " + statement);
                    try (ResultSet lines = session.executeQuery("explain execute probe (gen_random_uuid())")) {
                        StringBuilder plan = new StringBuilder();
                        while (lines.next()) {
                            plan.append(lines.getString(1)).append('\n');
                        }
                        return plan.toString();
                    } finally {
                        session.execute("deallocate probe");
                    }
                } finally {
                    // The connection goes back to the pool: it must plan as every other one does.
                    session.execute("reset plan_cache_mode");
                }
            }
        });
    }
}
