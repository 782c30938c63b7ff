/**
 * Signal intake: partner agencies report signs of family distress (signals) with indicators from a versioned
 * catalogue; the people named are linked to the registry at once, and the family centre of the region screens them.
 * The root package is the module's API: the signal's urgency and status, and the event published when a signal is
 * received.
 */
@NullMarked
@ApplicationModule(displayName = "Intake")
package ru.rodnik.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
