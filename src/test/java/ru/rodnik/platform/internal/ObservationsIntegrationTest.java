package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rodnik.support.RodnikIntegrationTest;

/** Which observations the application records: Spring Security's cost a signal's request time and feed nothing. */
@RodnikIntegrationTest
class ObservationsIntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void springSecurityIsNotObservedButHttpRequestsAre() {
        Observation security = Observation.start("spring.security.filterchains", observations);
        Observation request = Observation.start("http.server.requests", observations);

        assertThat(security.isNoop()).isTrue();
        assertThat(request.isNoop()).isFalse();

        security.stop();
        request.stop();
    }
}
