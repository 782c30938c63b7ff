/**
 * Record linkage: which registry person a subject named in a signal is, found with a Fellegi–Sunter model over
 * discrete comparison levels. Every decision carries its explanation ({@link ru.rodnik.linkage.MatchDecision}) so
 * that a screener can see why two records were, or were not, taken for one person.
 */
@NullMarked
@ApplicationModule(displayName = "Linkage")
package ru.rodnik.linkage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
