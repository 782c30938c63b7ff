package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * What every request costs besides its own work: no Spring Security observations (traces nobody collects) and no
 * request-handled event (nothing listens, yet the event publication registry would inspect each one).
 */
@RodnikIntegrationTest
class RequestOverheadIntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void springSecurityIsNotObservedButHttpRequestsAre() {
        Observation security = Observation.start("spring.security.filterchains", observations);
        Observation request = Observation.start("http.server.requests", observations);

        assertThat(security.isNoop()).isTrue();
        assertThat(request.isNoop()).isFalse();

        security.stop();
        request.stop();
    }

    @Test
    void aRequestPublishesNoRequestHandledEvent() throws Exception {
        List<ServletRequestHandledEvent> handled = new CopyOnWriteArrayList<>();
        ApplicationListener<ServletRequestHandledEvent> listener = handled::add;
        context.addApplicationListener(listener);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/api/v1/reference/indicators"))
                                    .header("Authorization", "Bearer demo-token-school")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(handled).isEmpty();
        } finally {
            context.removeApplicationListener(listener);
        }
    }
}
