package ru.rodnik.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * A statement whose nullable parameters are sometimes null keeps one server-side plan when they are bound with
 * {@link SqlValue}, and is prepared and planned afresh when they are bound bare; the values arrive either way.
 */
@RodnikIntegrationTest
class SqlValueIntegrationTest {

    private static final String INSERT =
            "insert into sql_value_probe (id, label, day, ref) values (:id, :label, :day, cast(:ref as uuid))";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void typedNullsKeepOnePlan() {
        Counts counts = insertAlternatingNulls(i -> new Object[] {
            SqlValue.text(i % 2 == 0 ? null : "Иванова"),
            SqlValue.date(i % 2 == 0 ? null : LocalDate.of(2015, 7, 21)),
            SqlValue.uuidAsText(i % 2 == 0 ? null : UUID.randomUUID())
        });

        assertThat(counts.generic()).isPositive();
        assertThat(counts.nulls()).isEqualTo(6);
        assertThat(counts.values()).isEqualTo(6);
    }

    @Test
    void bareNullsArePlannedEveryTime() {
        Counts counts = insertAlternatingNulls(i -> new Object[] {
            i % 2 == 0 ? null : "Иванова",
            i % 2 == 0 ? null : LocalDate.of(2015, 7, 21),
            i % 2 == 0 ? null : UUID.randomUUID().toString()
        });

        assertThat(counts.generic()).isZero();
        assertThat(counts.nulls()).isEqualTo(6);
    }

    record Counts(long generic, long nulls, long values) {}

    /** Twelve rows on one connection, every other one with nulls; what the server planned, what was stored. */
    private Counts insertAlternatingNulls(IntFunction<Object[]> values) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("create temporary table sql_value_probe (id int, label varchar(50), day date, ref uuid)"
                            + " on commit drop")
                    .update();
            for (int i = 0; i < 12; i++) {
                Object[] row = values.apply(i);
                jdbc.sql(INSERT)
                        .param("id", i)
                        .param("label", row[0])
                        .param("day", row[1])
                        .param("ref", row[2])
                        .update();
            }
            long generic = jdbc.sql("""
                            select coalesce(sum(generic_plans), 0) from pg_prepared_statements
                            where statement like 'insert into sql_value_probe%'""").query(Long.class).single();
            long nulls = jdbc.sql(
                            "select count(*) from sql_value_probe where label is null and day is null and ref is null")
                    .query(Long.class)
                    .single();
            long stored = jdbc.sql("select count(*) from sql_value_probe where label = 'Иванова'"
                            + " and day = date '2015-07-21' and ref is not null")
                    .query(Long.class)
                    .single();
            return new Counts(generic, nulls, stored);
        });
    }
}
