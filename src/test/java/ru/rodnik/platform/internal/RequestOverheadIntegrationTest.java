package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Whether the predicate this class adds to the shared registry records the observations asked for. */
    private volatile boolean recording;

    @Test
    void aRequestStartsNoSpringSecurityObservationAtAll() throws Exception {
        List<String> created = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationPredicate((name, observationContext) -> {
            if (recording) {
                created.add(name);
            }
            return true;
        });
        recording = true;
        try {
            assertThat(indicators().statusCode()).isEqualTo(200);
        } finally {
            recording = false;
        }

        assertThat(created).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void aRequestPublishesNoRequestHandledEvent() throws Exception {
        List<ServletRequestHandledEvent> handled = new CopyOnWriteArrayList<>();
        ApplicationListener<ServletRequestHandledEvent> listener = handled::add;
        context.addApplicationListener(listener);
        try {
            assertThat(indicators().statusCode()).isEqualTo(200);
            assertThat(handled).isEmpty();
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    private HttpResponse<String> indicators() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reference/indicators"))
                                .header("Authorization", "Bearer demo-token-school")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
