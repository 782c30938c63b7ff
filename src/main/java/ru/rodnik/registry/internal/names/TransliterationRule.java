package ru.rodnik.registry.internal.names;

import java.util.Locale;

/**
 * One line of {@code latin-to-cyrillic.tsv}: a Latin key, the Cyrillic it stands for, and where it may stand for it.
 * The left context is read from the Cyrillic already written for the word, so that a rule sees «ал» rather than the
 * several Latin spellings that may have produced it.
 */
record TransliterationRule(
        String latin,
        String cyrillic,
        Preceding preceding,
        Following following,
        String followingLetters,
        boolean gostOnly) {

    enum Preceding {
        ANY,
        START,
        VOWEL,
        SIGN,
        CONSONANT,
        ONSET
    }

    enum Following {
        ANY,
        END,
        INNER,
        CONSONANT,
        LETTERS
    }

    private static final String LATIN_VOWELS = "aeiouy";

    /** Parses {@code latin<TAB>cyrillic[<TAB>context][<TAB># comment]}; ё in the Cyrillic is folded to е. */
    static TransliterationRule parse(String line) {
        String[] columns = line.split("\t");
        if (columns.length < 2 || columns[0].isEmpty() || columns[1].isEmpty()) {
            throw new IllegalArgumentException("Expected latin<TAB>cyrillic[<TAB>context]: " + line);
        }
        String latin = columns[0];
        if (!latin.equals(latin.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Latin keys are lower case: " + line);
        }
        StringBuilder cyrillic = new StringBuilder();
        for (char c : columns[1].toCharArray()) {
            char folded = Letters.foldCyrillic(c);
            if (folded == 0) {
                throw new IllegalArgumentException("Not a Cyrillic letter in: " + line);
            }
            cyrillic.append(folded);
        }
        Preceding preceding = Preceding.ANY;
        Following following = Following.ANY;
        String followingLetters = "";
        boolean gostOnly = false;
        String context = columns.length > 2 && !columns[2].startsWith("#") ? columns[2].strip() : "";
        for (String condition : context.isEmpty() ? new String[0] : context.split("\\+")) {
            switch (condition) {
                case "start" -> preceding = Preceding.START;
                case "vowel" -> preceding = Preceding.VOWEL;
                case "sign" -> preceding = Preceding.SIGN;
                case "consonant" -> preceding = Preceding.CONSONANT;
                case "onset" -> preceding = Preceding.ONSET;
                case "end" -> following = Following.END;
                case "inner" -> following = Following.INNER;
                case "before-consonant" -> following = Following.CONSONANT;
                case "gost" -> gostOnly = true;
                default -> {
                    if (!condition.startsWith("before:") || condition.length() == "before:".length()) {
                        throw new IllegalArgumentException("Unknown context '" + condition + "' in: " + line);
                    }
                    following = Following.LETTERS;
                    followingLetters = condition.substring("before:".length());
                }
            }
        }
        return new TransliterationRule(latin, cyrillic.toString(), preceding, following, followingLetters, gostOnly);
    }

    /**
     * Whether the rule applies to the key ending at {@code end} of {@code word}, given the Cyrillic written so far.
     *
     * @param written the output; this word's letters start at {@code wordStart}
     */
    boolean holds(CharSequence word, int end, CharSequence written, int wordStart, boolean gostMarks) {
        if (gostOnly && !gostMarks) {
            return false;
        }
        return precedingHolds(written, wordStart) && followingHolds(word, end);
    }

    private boolean precedingHolds(CharSequence written, int wordStart) {
        int length = written.length();
        char last = length > wordStart ? written.charAt(length - 1) : 0;
        return switch (preceding) {
            case ANY -> true;
            case START -> last == 0;
            case VOWEL -> Letters.isVowel(last);
            case SIGN -> Letters.isSign(last);
            case CONSONANT -> Letters.isConsonant(last);
            case ONSET ->
                Letters.isConsonant(last)
                        && (length - 1 == wordStart || Letters.isConsonant(written.charAt(length - 2)));
        };
    }

    private boolean followingHolds(CharSequence word, int end) {
        char next = end < word.length() ? word.charAt(end) : 0;
        return switch (following) {
            case ANY -> true;
            case END -> next == 0;
            case INNER -> next != 0;
            case CONSONANT -> next >= 'a' && next <= 'z' && LATIN_VOWELS.indexOf(next) < 0;
            case LETTERS -> next != 0 && followingLetters.indexOf(next) >= 0;
        };
    }
}
