package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;

/**
 * Compares two СНИЛС. The checksum catches every single wrong digit and every exchange of neighbours, so two valid
 * numbers that differ belong to two people (or one of them to someone else: a parent's number in a child's field),
 * while an invalid number near a valid one is a typo of it.
 */
final class SnilsComparison {

    SnilsLevel compare(@Nullable String a, boolean aValid, @Nullable String b, boolean bValid) {
        if (a == null || b == null) {
            return SnilsLevel.MISSING;
        }
        if (a.equals(b)) {
            return aValid ? SnilsLevel.EQUAL_VALID : SnilsLevel.ONE_DIGIT;
        }
        if (aValid && bValid) {
            return SnilsLevel.DIFFERENT;
        }
        return Spelling.oneEditApart(a, b) && a.length() == b.length() ? SnilsLevel.ONE_DIGIT : SnilsLevel.MISSING;
    }
}
