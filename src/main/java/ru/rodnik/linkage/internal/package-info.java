/**
 * The matching engine: comparison features and their levels, the Fellegi–Sunter model with its weights, rules and
 * EM estimator, blocking keys, and the {@link ru.rodnik.linkage.internal.Matcher} that ranks a subject's candidates.
 * Pure Java on already-normalised values; nothing here needs a Spring context or a database.
 */
@NullMarked
package ru.rodnik.linkage.internal;

import org.jspecify.annotations.NullMarked;
