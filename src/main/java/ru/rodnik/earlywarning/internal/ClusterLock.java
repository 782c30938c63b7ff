package ru.rodnik.earlywarning.internal;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL session-level advisory lock held on a connection of its own while a task runs, so that of several nodes
 * running the same schedule only one does the work. If the node dies, its connection closes and the lock is released.
 */
@Component
class ClusterLock {

    private final JdbcTemplate jdbc;

    ClusterLock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Runs the task while holding the lock, or answers empty at once when another session holds it. */
    <T> Optional<T> runExclusively(String name, Supplier<T> task) {
        return jdbc.execute((Connection connection) -> {
            try (var tryLock = connection.prepareStatement("select pg_try_advisory_lock(hashtextextended(?, 0))")) {
                tryLock.setString(1, name);
                try (var result = tryLock.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        return Optional.empty();
                    }
                }
            }
            try {
                return Optional.of(task.get());
            } finally {
                try (var unlock = connection.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
                    unlock.setString(1, name);
                    unlock.execute();
                }
            }
        });
    }
}
