package ru.rodnik.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL advisory lock on a name, held until the current transaction ends: work under the same name, on any
 * node, waits for it. Names carry their module's prefix ({@code "earlywarning:"}, {@code "intake:"}) so that
 * modules never wait for each other by chance.
 */
public final class TransactionLock {

    private TransactionLock() {}

    /** Waits until no other transaction holds the name, then holds it until this transaction ends. */
    public static void hold(JdbcClient jdbc, String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .param("name", name)
                .query((rs, n) -> 1)
                .single();
    }
}
