package ru.rodnik.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded PostgreSQL with the demo region, on a random port. Every test class
 * that carries exactly this annotation shares one Spring context and so one database: tests must not depend on
 * each other's data (use unique names). The data directory is new for each test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rodnik.data-dir=target/test-db/${random.uuid}", "rodnik.db.pool-size=10"})
@ActiveProfiles("demo")
public @interface RodnikIntegrationTest {}
