package ru.rodnik.linkage.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised spellings are. Jaro–Winkler rewards a shared beginning and so under-rates a slip in the
 * middle of a name (иванова / ивонова is 0.88); "one edit apart" catches exactly those slips, so the fuzzy levels
 * take either. Nothing here allocates.
 */
final class Spelling {

    /** For spellings too long for the bit masks below; no name is. */
    private static final JaroWinklerSimilarity LONG_JARO_WINKLER = new JaroWinklerSimilarity();

    private static final int MASK_BITS = Long.SIZE;

    /** Below this length one edit changes too much of a name to call it a typo (ким / кин). */
    private static final int SHORTEST_FOR_ONE_EDIT = 4;

    private Spelling() {}

    /**
     * Jaro–Winkler similarity exactly as commons-text's {@link JaroWinklerSimilarity} computes it (prefix scale 0.1
     * over at most four characters, applied from a Jaro similarity of 0.7 up), but with the matched positions kept in
     * the bits of a long instead of boxed characters in arrays: the engine calls this several times per candidate.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        // commons-text scans the shorter string against the longer one (the second when they are equally long).
        String shorter = a.length() > b.length() ? b : a;
        String longer = shorter == a ? b : a;
        if (longer.length() > MASK_BITS) {
            return LONG_JARO_WINKLER.apply(a, b);
        }
        int window = Math.max(longer.length() / 2 - 1, 0);
        long matchedInShorter = 0;
        long matchedInLonger = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            int end = Math.min(i + window + 1, longer.length());
            for (int j = Math.max(i - window, 0); j < end; j++) {
                if ((matchedInLonger & (1L << j)) == 0 && longer.charAt(j) == c) {
                    matchedInLonger |= 1L << j;
                    matchedInShorter |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        long restOfShorter = matchedInShorter;
        long restOfLonger = matchedInLonger;
        while (restOfShorter != 0) {
            int i = Long.numberOfTrailingZeros(restOfShorter);
            int j = Long.numberOfTrailingZeros(restOfLonger);
            if (shorter.charAt(i) != longer.charAt(j)) {
                halfTranspositions++;
            }
            restOfShorter &= restOfShorter - 1;
            restOfLonger &= restOfLonger - 1;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - halfTranspositions / 2.0) / m) / 3;
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        int prefixLimit = Math.min(4, shorter.length());
        while (prefix < prefixLimit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + 0.1 * prefix * (1 - jaro);
    }

    /**
     * One substitution, insertion or deletion, or two neighbouring characters exchanged — and both spellings long
     * enough for that to be a typo.
     */
    static boolean oneTypoApart(String a, String b) {
        return Math.min(a.length(), b.length()) >= SHORTEST_FOR_ONE_EDIT && oneEditApart(a, b);
    }

    /** Also true for short strings and digit strings; false for equal strings. */
    static boolean oneEditApart(String a, String b) {
        int lengthDifference = a.length() - b.length();
        if (lengthDifference == 0) {
            return sameLengthOneEditApart(a, b);
        }
        if (lengthDifference == 1) {
            return oneInsertionApart(b, a);
        }
        if (lengthDifference == -1) {
            return oneInsertionApart(a, b);
        }
        return false;
    }

    private static boolean sameLengthOneEditApart(String a, String b) {
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)) {
                    // An exchange of neighbours counts as one edit, but only if nothing else differs.
                    return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
                } else {
                    return false;
                }
            }
        }
        return first >= 0;
    }

    /** Whether {@code longer} is {@code shorter} with one character inserted. */
    private static boolean oneInsertionApart(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    /** A double surname written whole on one side and in part on the other (семеновапетрова / петрова). */
    static boolean containsAsPart(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= SHORTEST_FOR_ONE_EDIT
                && longer.length() >= shorter.length() + SHORTEST_FOR_ONE_EDIT - 1
                && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }

    /** A name of one letter is an initial (Семенова Н. И.). */
    static boolean isInitial(String name) {
        return name.length() == 1;
    }
}
