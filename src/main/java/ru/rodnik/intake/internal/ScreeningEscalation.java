package ru.rodnik.intake.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.SystemActor;

/**
 * Once a minute, marks the signals whose screening deadline passed without a decision as escalated: the centre's
 * supervisors see them at the top of their queue. Each signal is marked once, by whichever node gets there first.
 */
@Component
class ScreeningEscalation {

    static final int BATCH = 500;

    private final SignalRepository signals;
    private final AuditLog audit;
    private final SystemActor system;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScreeningEscalation(
            SignalRepository signals,
            AuditLog audit,
            SystemActor system,
            TransactionTemplate transactions,
            Clock clock) {
        this.signals = signals;
        this.audit = audit;
        this.system = system;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rodnik.intake.escalation-interval:PT1M}", initialDelayString = "PT10S")
    void escalateOverdue() {
        system.run(this::escalate);
    }

    /** @return how many signals this call escalated */
    int escalate() {
        Instant now = clock.instant();
        int escalated = 0;
        for (SignalRepository.Overdue overdue : signals.overdueNotEscalated(now, BATCH)) {
            // The mark and its audit record commit together, one signal at a time.
            boolean marked = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!signals.markEscalated(overdue, now)) {
                    return false;
                }
                audit.record(AuditAction.ESCALATE, AuditSubject.of(SignalIntake.AUDIT_TYPE, overdue.id()), "overdue");
                return true;
            }));
            if (marked) {
                escalated++;
            }
        }
        return escalated;
    }
}
