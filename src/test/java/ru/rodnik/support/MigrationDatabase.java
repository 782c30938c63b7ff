package ru.rodnik.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test server, migrated step by step, for tests of a migration that rewrites data
 * already stored: rows are written as an older version stored them, then the migration runs once, as on a
 * production server. Dropped on {@link #close}.
 */
public final class MigrationDatabase implements AutoCloseable {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final JdbcClient server;
    private final String name;
    private final DataSource dataSource;

    private MigrationDatabase(JdbcClient server, String name, DataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** An empty database beside the application's, reached as the application reaches its own. */
    public static MigrationDatabase create(DataSource application, Environment environment) throws SQLException {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient server = JdbcClient.create(application);
        server.sql("create database " + name + " encoding 'UTF8' template template0")
                .update();
        try (Connection connection = application.getConnection()) {
            String url = connection.getMetaData().getURL();
            Matcher parts = DATABASE_IN_URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException("not a PostgreSQL URL: " + url);
            }
            return new MigrationDatabase(
                    server,
                    name,
                    new DriverManagerDataSource(
                            parts.group(1) + name + parts.group(3),
                            connection.getMetaData().getUserName(),
                            environment.getProperty("rodnik.db.password", "")));
        }
    }

    /** Applies the product's migrations up to this version ({@code "latest"} for all). */
    public void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        server.sql("drop database if exists " + name + " with (force)").update();
    }
}
