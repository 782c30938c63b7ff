package ru.rodnik.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event whose listener failed, or whose node died while handling it (Spring Modulith's staleness
 * monitor marks such publications failed: {@code spring.modulith.events.staleness} in {@code application.yml}). This
 * is why every {@code @ApplicationModuleListener} in Rodnik is idempotent: an event may arrive twice, also on two
 * nodes at once.
 */
@Component
public class EventRedelivery {

    private final FailedEventPublications failed;
    private final Duration minAge;

    EventRedelivery(FailedEventPublications failed, @Value("${rodnik.events.redeliver-after:PT5M}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(
            initialDelayString = "${rodnik.events.redeliver-every:PT5M}",
            fixedDelayString = "${rodnik.events.redeliver-every:PT5M}")
    public void redeliverFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
    }
}
