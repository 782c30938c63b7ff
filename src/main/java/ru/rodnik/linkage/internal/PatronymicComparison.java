package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;

/** Compares two patronymics. */
final class PatronymicComparison {

    static final double FUZZY = 0.90;

    PatronymicLevel compare(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return PatronymicLevel.MISSING;
        }
        if (a.equals(b)) {
            return PatronymicLevel.EXACT;
        }
        if (Spelling.isInitial(a) || Spelling.isInitial(b)) {
            return a.charAt(0) == b.charAt(0) ? PatronymicLevel.MISSING : PatronymicLevel.DIFFERENT;
        }
        // Игоревич / Игоревна are a brother and a sister, however alike they look.
        if (otherGenderForms(a, b)) {
            return PatronymicLevel.DIFFERENT;
        }
        if (Spelling.oneTypoApart(a, b) || Spelling.jaroWinkler(a, b) >= FUZZY) {
            return PatronymicLevel.FUZZY;
        }
        return PatronymicLevel.DIFFERENT;
    }

    /** -ович/-овна, -ич/-ична, and the Turkic оглы/кызы written as one word after normalisation. */
    static boolean otherGenderForms(String a, String b) {
        return (male(a) && female(b)) || (female(a) && male(b));
    }

    private static boolean male(String patronymic) {
        return patronymic.endsWith("ич") || patronymic.endsWith("оглы") || patronymic.endsWith("улы");
    }

    private static boolean female(String patronymic) {
        return patronymic.endsWith("на") || patronymic.endsWith("кызы") || patronymic.endsWith("қызы");
    }
}
