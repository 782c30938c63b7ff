package ru.rodnik.earlywarning.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.rodnik.intake.SignalJoinedFamily;

/**
 * Scores a family when a signal joins it: asynchronously, after intake's transaction committed, in a transaction of
 * its own. Spring Modulith keeps the publication in {@code event_publication} until this completes, so a crash in
 * between loses nothing (platform's {@code EventRedelivery} delivers it again); a second delivery is a no-op.
 */
@Component
class SignalJoinedFamilyListener {

    private final FamilyScoring scoring;

    SignalJoinedFamilyListener(FamilyScoring scoring) {
        this.scoring = scoring;
    }

    @ApplicationModuleListener
    void on(SignalJoinedFamily event) {
        scoring.signalJoined(event);
    }
}
