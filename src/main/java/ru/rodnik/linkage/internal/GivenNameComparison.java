package ru.rodnik.linkage.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/** Compares two first names, through their canonical keys first, so that Наташа and Наталья are one name. */
final class GivenNameComparison {

    static final double FUZZY_HIGH = 0.92;
    static final double FUZZY_LOW = 0.85;

    GivenNameLevel compare(
            @Nullable String a,
            Set<String> aKeys,
            @Nullable String aPhonetic,
            @Nullable Sex aSex,
            @Nullable String b,
            Set<String> bKeys,
            @Nullable String bPhonetic,
            @Nullable Sex bSex) {
        if (a == null || b == null) {
            return GivenNameLevel.MISSING;
        }
        if (a.equals(b)) {
            return GivenNameLevel.EXACT;
        }
        if (Spelling.isInitial(a) || Spelling.isInitial(b)) {
            return a.charAt(0) == b.charAt(0) ? GivenNameLevel.MISSING : GivenNameLevel.DIFFERENT;
        }
        if (shareKey(a, aKeys, b, bKeys)) {
            return GivenNameLevel.VARIANT;
        }
        // Александр / Александра is one edit apart and sounds alike, yet it is a brother and a sister — the very
        // pair (twins) that must not be linked. Only when both records say the same sex is it a typo.
        if (otherGenderForms(a, b) && (aSex == null || aSex != bSex)) {
            return GivenNameLevel.DIFFERENT;
        }
        if (aPhonetic != null && aPhonetic.equals(bPhonetic)) {
            return GivenNameLevel.PHONETIC;
        }
        if (Spelling.oneTypoApart(a, b)) {
            return GivenNameLevel.FUZZY_HIGH;
        }
        double similarity = Spelling.jaroWinkler(a, b);
        if (similarity >= FUZZY_HIGH) {
            return GivenNameLevel.FUZZY_HIGH;
        }
        return similarity >= FUZZY_LOW ? GivenNameLevel.FUZZY_LOW : GivenNameLevel.DIFFERENT;
    }

    private static boolean shareKey(String a, Set<String> aKeys, String b, Set<String> bKeys) {
        if (aKeys.contains(b) || bKeys.contains(a)) {
            return true;
        }
        Set<String> fewer = aKeys.size() <= bKeys.size() ? aKeys : bKeys;
        Set<String> more = fewer == aKeys ? bKeys : aKeys;
        for (String key : fewer) {
            if (more.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Male and female forms of one name: александр / александра, евгений / евгения, ян / яна. */
    static boolean otherGenderForms(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() == shorter.length() + 1) {
            return longer.startsWith(shorter) && longer.charAt(shorter.length()) == 'а';
        }
        return longer.length() == shorter.length()
                && longer.length() > 2
                && longer.regionMatches(0, shorter, 0, longer.length() - 1)
                && endsInPair(a, b, 'й', 'я');
    }

    private static boolean endsInPair(String a, String b, char one, char other) {
        char lastA = a.charAt(a.length() - 1);
        char lastB = b.charAt(b.length() - 1);
        return (lastA == one && lastB == other) || (lastA == other && lastB == one);
    }
}
