package ru.rodnik.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.intake.internal.SignalImportRepository.Batch;
import ru.rodnik.intake.internal.SignalImportRepository.Outcome;
import ru.rodnik.intake.internal.SignalImportRepository.RowError;
import ru.rodnik.intake.internal.SignalImportRepository.RowSignal;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Uuids;

/**
 * Imports the signals of a file row by row through {@link SignalIntake#receive}, each row in its own transaction with
 * its line of the batch report: a bad row never blocks the good ones, and a crash leaves whole rows only. A row's
 * idempotency key is its {@code externalId}, else a key derived from its content, so that uploading the same file
 * again (or an interrupted one) stores nothing twice. The batch is audited with counts only; each signal is audited
 * by the intake itself.
 */
@Service
@PreAuthorize("hasAnyAuthority('ROLE_API_CLIENT', 'ROLE_REPORTER')")
class SignalImport {

    static final String AUDIT_TYPE = "SIGNAL_IMPORT";

    /** A running batch whose worker has not advanced it for this long has lost its worker (restart, crash). */
    static final Duration SILENCE = Duration.ofMinutes(2);

    /** How many of an organisation's batches its upload page lists. */
    static final int RECENT = 10;

    /** Messages that name the JSON body or the API where a file's reader needs the file's words. */
    private static final Map<String, String> FILE_MESSAGES = Map.of(
            "E4002", "intake.import.indicator.unknown",
            "E4007", "intake.import.birthDate.format",
            "E4008", "intake.import.territory.required",
            "E4009", "intake.import.territory.unknown");

    private static final Logger log = LoggerFactory.getLogger(SignalImport.class);

    private final SignalIntake intake;
    private final SignalChecks checks;
    private final SignalImportRepository batches;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignalImport(
            SignalIntake intake,
            SignalChecks checks,
            SignalImportRepository batches,
            AuditLog audit,
            CurrentActor actors,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.intake = intake;
        this.checks = checks;
        this.batches = batches;
        this.audit = audit;
        this.actors = actors;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A batch with what became of its rows so far. */
    record Report(Batch batch, List<RowError> errors, List<RowSignal> signals) {}

    /** Registers the batch of a file that was read; its rows are imported by {@link #run}. */
    @Transactional
    Batch start(@Nullable String uploadedName, SignalImportFile.Parsed file) {
        Actor actor = actors.get();
        UUID id = Uuids.timeOrdered();
        String fileName = fileNameOf(uploadedName);
        batches.start(
                id,
                Objects.requireNonNull(actor.regionCode(), "every reporter has a region"),
                Objects.requireNonNull(actor.organisationId(), "every reporter has an organisation"),
                actor.name(),
                fileName,
                file.format(),
                file.rows().size(),
                clock.instant());
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of(AUDIT_TYPE, id),
                "format " + file.format() + ", rows " + file.rows().size());
        return batches.find(id).orElseThrow();
    }

    /**
     * Imports the rows one by one until all are done or {@code stopping} says to stop; a stopped batch is marked
     * interrupted, and uploading the file again finishes it.
     */
    void run(Batch batch, List<SignalImportFile.Row> rows, BooleanSupplier stopping) {
        for (SignalImportFile.Row row : rows) {
            if (stopping.getAsBoolean()) {
                batches.interrupt(batch.id(), clock.instant());
                return;
            }
            if (!importRow(batch, row)) {
                // Marked interrupted meanwhile (it looked silent): the rest waits for the file to come again.
                return;
            }
        }
        transaction.executeWithoutResult(status -> {
            batches.finish(batch.id(), clock.instant());
            Batch done = batches.find(batch.id()).orElseThrow();
            audit.record(
                    AuditAction.UPDATE,
                    AuditSubject.of(AUDIT_TYPE, batch.id()),
                    "rows " + done.doneRows() + ", accepted " + done.accepted() + ", already known "
                            + done.alreadyKnown() + ", rejected " + done.rejected() + ", status " + done.status());
        });
    }

    /** The batch with its row report; another organisation's batch does not exist for the caller. */
    @Transactional
    Report report(UUID id) {
        Batch batch = visible(id);
        if (batch.status() == SignalImportRepository.Status.RUNNING) {
            Instant now = clock.instant();
            if (batches.interruptIfSilent(id, now.minus(SILENCE), now)) {
                batch = visible(id);
            }
        }
        return new Report(batch, batches.errors(batch), batches.signals(batch));
    }

    /** The caller's organisation's latest batches, newest first. */
    @Transactional(readOnly = true)
    List<Batch> recent() {
        UUID organisation = actors.get().organisationId();
        return organisation == null ? List.of() : batches.recent(organisation, RECENT);
    }

    private Batch visible(UUID id) {
        Batch batch = batches.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!batch.organisationId().equals(actors.get().organisationId())) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return batch;
    }

    /** @return whether the batch was still running */
    private boolean importRow(Batch batch, SignalImportFile.Row row) {
        SignalImportRows.Mapped mapped = SignalImportRows.map(row);
        List<RowError> errors;
        if (row.problems().isEmpty()) {
            try {
                Boolean running = transaction.execute(status -> {
                    SignalIntake.Intake received = intake.receive(mapped.report(), mapped.derivedKey());
                    boolean recorded = batches.recordRow(
                            batch,
                            row.number(),
                            received.created() ? Outcome.ACCEPTED : Outcome.ALREADY_KNOWN,
                            received.signal().id(),
                            List.of(),
                            clock.instant());
                    if (!recorded) {
                        status.setRollbackOnly();
                    }
                    return recorded;
                });
                return Boolean.TRUE.equals(running);
            } catch (InvalidInputException e) {
                errors = errors(row.number(), e.violations(), mapped.groups());
            } catch (RuntimeException e) {
                // A fault of ours, not of the row: the row is reported and the file goes on. The message may quote
                // the row's data, so only the exception's type is logged.
                log.error(
                        "Row {} of signal import {} failed: {}",
                        row.number(),
                        batch.id(),
                        e.getClass().getName());
                errors =
                        List.of(new RowError(row.number(), null, null, "E4599", "intake.import.row.failed", List.of()));
            }
        } else {
            errors = new ArrayList<>();
            for (SignalImportFile.Problem problem : row.problems()) {
                errors.add(new RowError(
                        row.number(),
                        problem.column(),
                        null,
                        problem.code(),
                        problem.messageKey(),
                        problem.arguments()));
            }
            // The rest of the row is checked too, so that the reporter fixes everything at once; nothing is stored.
            errors.addAll(errors(row.number(), violations(mapped), mapped.groups()));
        }
        List<RowError> rejected = errors;
        return Boolean.TRUE.equals(transaction.execute(
                status -> batches.recordRow(batch, row.number(), Outcome.REJECTED, null, rejected, clock.instant())));
    }

    private List<FieldViolation> violations(SignalImportRows.Mapped mapped) {
        try {
            checks.check(
                    mapped.report(),
                    mapped.derivedKey(),
                    Objects.requireNonNull(actors.get().regionCode(), "every reporter has a region"));
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static List<RowError> errors(int row, List<FieldViolation> violations, List<Integer> groups) {
        return violations.stream()
                .map(v -> new RowError(
                        row,
                        SignalImportColumns.of(v.field(), groups),
                        v.field(),
                        v.code(),
                        FILE_MESSAGES.getOrDefault(v.code(), v.messageKey()),
                        v.arguments()))
                .toList();
    }

    private static String fileNameOf(@Nullable String uploaded) {
        if (uploaded == null || uploaded.isBlank()) {
            return "—";
        }
        // Browsers of old sent the whole path; the name alone is kept, at most as long as the column allows.
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1)
                .strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
