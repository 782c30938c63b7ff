package ru.rodnik.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the imports started from the upload page in the background, as the user who uploaded the file, so that the
 * page can show progress. At most {@code rodnik.intake.import.workers} files are imported at once on a node; another
 * upload is refused until one finishes (no queue, so nothing waits unseen). On shutdown a running import is marked
 * interrupted between two rows; one whose node died is marked so once it has been silent for
 * {@link SignalImport#SILENCE} (at start-up, and whenever its page asks).
 */
@Component
class SignalImportWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SignalImportWorker.class);

    private final SignalImport imports;
    private final SignalImportRepository batches;
    private final Clock clock;
    private final Semaphore slots;
    private final ExecutorService executor;
    private volatile boolean stopping;

    SignalImportWorker(
            SignalImport imports,
            SignalImportRepository batches,
            Clock clock,
            @Value("${rodnik.intake.import.workers:2}") int workers) {
        this.imports = imports;
        this.batches = batches;
        this.clock = clock;
        this.slots = new Semaphore(workers);
        this.executor = Executors.newCachedThreadPool(new Named());
    }

    /** Starts importing the file's rows in the background; empty when every worker is busy. */
    Optional<SignalImportRepository.Batch> start(@Nullable String fileName, SignalImportFile.Parsed file) {
        if (stopping || !slots.tryAcquire()) {
            return Optional.empty();
        }
        SignalImportRepository.Batch batch;
        try {
            batch = imports.start(fileName, file);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        List<SignalImportFile.Row> rows = file.rows();
        // The worker acts as the uploader: the same organisation, region and rights, checked again for every row. The
        // context is a copy: signing out clears the session's context, not the import's.
        SecurityContext uploader = SecurityContextHolder.createEmptyContext();
        uploader.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        imports.run(batch, rows, () -> stopping);
                    } catch (RuntimeException e) {
                        log.error(
                                "Signal import {} stopped: {}",
                                batch.id(),
                                e.getClass().getName());
                        batches.interrupt(batch.id(), clock.instant());
                    } finally {
                        slots.release();
                    }
                },
                uploader));
        return Optional.of(batch);
    }

    @EventListener(ApplicationReadyEvent.class)
    void interruptSilentImports() {
        Instant now = clock.instant();
        int interrupted = batches.interruptSilent(now.minus(SignalImport.SILENCE), now);
        if (interrupted > 0) {
            log.info("{} signal import(s) left unfinished by a stopped node marked interrupted", interrupted);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private static final class Named implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "signal-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
