package ru.rodnik.earlywarning.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.rodnik.intake.SignalJoinedFamily;

/**
 * Delivers {@link SignalJoinedFamily} again where scoring failed, or where a node died while scoring (Spring Modulith's
 * staleness monitor marks such publications failed, see {@code spring.modulith.events.staleness} in
 * {@code application.yml}). Scoring is idempotent, so a publication resubmitted by two nodes at once does no harm.
 */
@Component
class FailedSignalResubmission {

    private final FailedEventPublications failed;
    private final Duration minAge;

    FailedSignalResubmission(
            FailedEventPublications failed, @Value("${rodnik.early-warning.resubmit-after:PT5M}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(
            initialDelayString = "${rodnik.early-warning.resubmit-every:PT5M}",
            fixedDelayString = "${rodnik.early-warning.resubmit-every:PT5M}")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(minAge)
                .withFilter(publication -> publication.getEvent() instanceof SignalJoinedFamily));
    }
}
