package ru.rodnik.linkage.internal;

import org.jspecify.annotations.Nullable;

/**
 * Compares two surnames. Takes the three forms of each side separately, so that a first name standing in the surname
 * field (names swapped) can be compared with its own text as key.
 */
final class SurnameComparison {

    static final double FUZZY_HIGH = 0.92;
    static final double FUZZY_LOW = 0.85;

    SurnameLevel compare(
            @Nullable String a,
            @Nullable String aKey,
            @Nullable String aPhonetic,
            @Nullable String b,
            @Nullable String bKey,
            @Nullable String bPhonetic) {
        if (a == null || b == null) {
            return SurnameLevel.MISSING;
        }
        if (a.equals(b)) {
            return SurnameLevel.EXACT;
        }
        String keyA = aKey == null ? a : aKey;
        String keyB = bKey == null ? b : bKey;
        // The cross checks let a surname found in the first-name field, which has no key of its own, meet its key.
        if (keyA.equals(keyB) || a.equals(keyB) || keyA.equals(b)) {
            return SurnameLevel.SAME_KEY;
        }
        if (aPhonetic != null && aPhonetic.equals(bPhonetic)) {
            return SurnameLevel.PHONETIC;
        }
        // Keys, not surnames: a typo and another gender form together (семенова / семинов) is still one slip.
        if (Spelling.oneTypoApart(keyA, keyB) || Spelling.containsAsPart(a, b)) {
            return SurnameLevel.FUZZY_HIGH;
        }
        double similarity = Spelling.jaroWinkler(keyA, keyB);
        if (similarity >= FUZZY_HIGH) {
            return SurnameLevel.FUZZY_HIGH;
        }
        return similarity >= FUZZY_LOW ? SurnameLevel.FUZZY_LOW : SurnameLevel.DIFFERENT;
    }
}
