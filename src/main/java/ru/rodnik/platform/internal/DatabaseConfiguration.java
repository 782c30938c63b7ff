package ru.rodnik.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One data source for the whole application: an external PostgreSQL when {@code RODNIK_DB_URL} is set, otherwise
 * the embedded server with its data in {@code RODNIK_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final String NO_EXTERNAL_URL = "'${rodnik.db.url:}'.isEmpty()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(NO_EXTERNAL_URL)
    EmbeddedPostgresServer embeddedPostgresServer(Environment environment) {
        return EmbeddedPostgresServer.start(Path.of(environment.getProperty("rodnik.data-dir", "./data")));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            Environment environment,
            ObjectProvider<EmbeddedPostgresServer> embedded,
            ConfigurableListableBeanFactory beans) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rodnik");
        config.setMaximumPoolSize(environment.getProperty("rodnik.db.pool-size", Integer.class, 20));
        // PostgreSQL's error detail quotes row values ("Key (username)=(...) already exists"); keep personal data
        // out of exception messages and so out of the logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server != null) {
            // Recorded so that shutdown closes the pool before it stops the server, never the other way round.
            beans.registerDependentBean("embeddedPostgresServer", "dataSource");
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(environment.getRequiredProperty("rodnik.db.url"));
            config.setUsername(environment.getProperty("rodnik.db.user"));
            config.setPassword(environment.getProperty("rodnik.db.password"));
        }
        return new HikariDataSource(config);
    }
}
