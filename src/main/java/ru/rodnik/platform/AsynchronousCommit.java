package ru.rodnik.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets the current transaction's commit return before its WAL reaches the disk. PostgreSQL writes the WAL in order,
 * so a crash can only lose a tail of such commits, never one that a later waiting commit already covers. Only for
 * work that is done again when it is lost: event-publication bookkeeping and the listeners behind it, never a
 * transaction whose commit answers a caller.
 */
public final class AsynchronousCommit {

    private AsynchronousCommit() {}

    /** For the rest of the current transaction; outside one it would change nothing, so call it inside. */
    public static void request(JdbcClient jdbc) {
        jdbc.sql("set local synchronous_commit = off").update();
    }
}
