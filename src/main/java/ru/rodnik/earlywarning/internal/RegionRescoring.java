package ru.rodnik.earlywarning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scores every family of a region with a score again once its parameters changed, so that the "needs attention"
 * list follows a new threshold at once rather than at the night's recomputation. After the change's commit, on a
 * listener thread; each family in a transaction of its own, as {@link DailyRecomputation} scores them. Spring
 * Modulith keeps the publication until this completes, so a crash midway means the region is scored again from the
 * start, which changes nothing twice.
 */
@Component
class RegionRescoring {

    private static final Logger log = LoggerFactory.getLogger(RegionRescoring.class);

    private final FamilyWarningRepository warnings;
    private final FamilyScoring scoring;

    RegionRescoring(FamilyWarningRepository warnings, FamilyScoring scoring) {
        this.warnings = warnings;
        this.scoring = scoring;
    }

    @Async
    @TransactionalEventListener
    void on(ScoringParametersChanged event) {
        int done = DailyRecomputation.rescoreEach(
                scoring, after -> warnings.scoredIn(event.regionCode(), after, DailyRecomputation.BATCH));
        log.info("Early-warning scores of {} families recomputed with the region's new parameters", done);
    }
}
