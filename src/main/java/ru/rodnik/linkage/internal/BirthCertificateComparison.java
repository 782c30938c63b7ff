package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;

/** Compares the series and number of two birth certificates. */
final class BirthCertificateComparison {

    BirthCertificateLevel compare(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return BirthCertificateLevel.MISSING;
        }
        if (a.equals(b)) {
            return BirthCertificateLevel.EQUAL;
        }
        return a.length() == b.length() && Spelling.oneEditApart(a, b)
                ? BirthCertificateLevel.ONE_CHARACTER
                : BirthCertificateLevel.DIFFERENT;
    }
}
