package ru.rodnik.earlywarning.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.rodnik.registry.FamilyId;

/**
 * Scores every family of a region with a score again once its parameters changed, so that the "needs attention"
 * list follows a new threshold at once rather than at the night's recomputation. After the change's commit, on a
 * listener thread; each family in a transaction of its own (as {@link DailyRecomputation} does), so that no family
 * stays locked against intake's scoring for longer than its own. Spring Modulith keeps the publication until this
 * completes, so a crash midway means the region is scored again from the start, which changes nothing twice.
 */
@Component
class RegionRescoring {

    static final int BATCH = 200;

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
        int done = 0;
        @Nullable UUID after = null;
        List<FamilyId> batch;
        do {
            batch = warnings.scoredIn(event.regionCode(), after, BATCH);
            for (FamilyId family : batch) {
                scoring.rescore(family);
                done++;
            }
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).value();
        } while (batch.size() == BATCH);
        log.info("Early-warning scores of {} families recomputed with the region's new parameters", done);
    }
}
