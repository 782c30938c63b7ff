/**
 * Early warning: an explainable score per family from the signals of every agency that joined it, and the "needs
 * attention" list of the region's family centre. The root package is the module's API: the scoring rules themselves
 * ({@link ru.rodnik.earlywarning.ScoringRules}, usable without Spring), their inputs and their explanation, and the
 * event published when a family becomes flagged.
 */
@NullMarked
@ApplicationModule(displayName = "Early warning")
package ru.rodnik.earlywarning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
