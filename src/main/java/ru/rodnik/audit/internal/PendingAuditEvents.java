package ru.rodnik.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events recorded in one transaction, written in one statement just before it commits. A signal's intake
 * records four or five (the signal, the persons it created or linked, the family and its new member); one statement
 * instead of a round trip each. They still commit or roll back with the change they record: a failure to write them
 * fails the commit.
 *
 * <p>Registered as the transaction's synchronization, so a transaction suspended for an inner one (propagation
 * {@code REQUIRES_NEW}) keeps its own events: Spring sets a suspended transaction's synchronizations aside.
 */
final class PendingAuditEvents implements TransactionSynchronization {

    private final List<AuditEventRow> events = new ArrayList<>();
    private final Consumer<List<AuditEventRow>> writer;
    private boolean written;

    private PendingAuditEvents(Consumer<List<AuditEventRow>> writer) {
        this.writer = writer;
    }

    /**
     * The current read-write transaction's pending events, registered on first use; empty when there is no such
     * transaction and the events are to be written at once.
     */
    static Optional<PendingAuditEvents> ofCurrentTransaction(Consumer<List<AuditEventRow>> writer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Optional.empty();
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof PendingAuditEvents pending && pending.writer == writer) {
                return Optional.of(pending);
            }
        }
        PendingAuditEvents pending = new PendingAuditEvents(writer);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return Optional.of(pending);
    }

    void add(List<AuditEventRow> recorded) {
        if (written) {
            // Recorded by a synchronization that ran after this one (or after the commit): never kept unwritten.
            writer.accept(recorded);
        } else {
            events.addAll(recorded);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        written = true;
        if (!events.isEmpty()) {
            writer.accept(List.copyOf(events));
            events.clear();
        }
    }
}
