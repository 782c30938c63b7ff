package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/** Compares the recorded sexes. */
final class SexComparison {

    SexLevel compare(@Nullable Sex a, @Nullable Sex b) {
        if (a == null || b == null) {
            return SexLevel.MISSING;
        }
        return a == b ? SexLevel.AGREE : SexLevel.DISAGREE;
    }
}
