/**
 * Synthetic regions: Russian families with children, built from name statistics, and the noisy reports agencies would
 * send about them, each carrying its ground truth, so that record linkage and early warning can be measured and the
 * demo region has people in it; and {@link ru.rodnik.synthetic.CrisisSimulator}, the same families over two years
 * with the signals each kind of agency sends about them as some drift into a crisis. Pure Java: nothing here needs a
 * Spring context.
 */
@NullMarked
@ApplicationModule(
        displayName = "Synthetic data",
        allowedDependencies = {"registry", "directory"})
package ru.rodnik.synthetic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
