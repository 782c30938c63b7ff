package ru.rodnik.intake.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.rodnik.linkage.SubjectLinkResolved;
import ru.rodnik.platform.SystemActor;

/**
 * When a screener says who a subject of a signal is, the signal records it (so its API shows {@code CONFIRMED} or
 * {@code NEW_PERSON}) and joins the family if it had none. Runs after the review commits, from the event
 * publication registry, so a crash in between only delays it.
 */
@Component
class ReviewedSubjects {

    private final SignalRepository signals;
    private final FamilyJoining families;
    private final SystemActor system;

    ReviewedSubjects(SignalRepository signals, FamilyJoining families, SystemActor system) {
        this.signals = signals;
        this.families = families;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(SubjectLinkResolved resolved) {
        if (!SignalIntake.LINKAGE_SOURCE.equals(resolved.source())) {
            return;
        }
        system.run(() -> signals.resolveSubject(
                        resolved.decisionId(),
                        resolved.status(),
                        resolved.person().value())
                .ifPresent(families::resolved));
    }
}
