package ru.rodnik.earlywarning.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.rodnik.registry.FamilyId;

/**
 * Once a day, scores again every family whose score is still above zero, so that scores fall with time and families
 * leave the list when nothing new arrives. Several nodes run the same schedule; a PostgreSQL advisory lock lets one
 * of them do the work, and families scored in the last {@link #FRESH} (by a new signal, a read, or a node that ran
 * just before) are left alone.
 */
@Component
class DailyRecomputation {

    static final Duration FRESH = Duration.ofHours(12);
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(DailyRecomputation.class);

    private final ClusterLock lock;
    private final FamilyWarningRepository warnings;
    private final FamilyScoring scoring;
    private final Clock clock;

    DailyRecomputation(ClusterLock lock, FamilyWarningRepository warnings, FamilyScoring scoring, Clock clock) {
        this.lock = lock;
        this.warnings = warnings;
        this.scoring = scoring;
        this.clock = clock;
    }

    @Scheduled(cron = "${rodnik.early-warning.recompute-cron:0 30 2 * * *}", zone = "${rodnik.time-zone}")
    void run() {
        if (recompute() < 0) {
            log.info("Early-warning recomputation skipped: another node holds the lock");
        }
    }

    /**
     * Scores the decaying families again, in batches of {@link #BATCH}, each family in its own transaction.
     *
     * @return how many families were scored, or -1 when another node is doing it
     */
    int recompute() {
        return lock.runExclusively("rodnik.earlywarning.recompute", () -> {
                    Instant before = clock.instant().minus(FRESH);
                    int done = rescoreEach(scoring, after -> warnings.decayingComputedBefore(before, after, BATCH));
                    log.info("Early-warning scores recomputed for {} families", done);
                    return done;
                })
                .orElse(-1);
    }

    /**
     * Scores again every family that {@code page} lists, a page of at most {@link #BATCH} at a time, each page the
     * families after the last one of the page before ({@code null} for the first), ordered by id. Each family in a
     * transaction of its own ({@code scoring} is the transactional bean), so none stays locked against intake's
     * scoring for longer than its own.
     *
     * @return how many families were scored
     */
    static int rescoreEach(FamilyScoring scoring, Function<@Nullable UUID, List<FamilyId>> page) {
        int done = 0;
        @Nullable UUID after = null;
        List<FamilyId> batch;
        do {
            batch = page.apply(after);
            for (FamilyId family : batch) {
                scoring.rescore(family);
                done++;
            }
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).value();
        } while (batch.size() == BATCH);
        return done;
    }
}
