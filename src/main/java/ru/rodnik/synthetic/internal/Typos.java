package ru.rodnik.synthetic.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Slips of a typist's fingers on the Russian ЙЦУКЕН keyboard. The first letter is left alone: it is the one people
 * read most carefully off a form. Each method answers null when the word gives it nothing to work with.
 */
final class Typos {

    private static final String[] ROWS = {"йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"};

    /** Keys touching each key: left and right, and the two above and below, each row sitting half a key further right. */
    private static final Map<Character, String> NEIGHBOURS = new HashMap<>();

    static {
        for (int row = 0; row < ROWS.length; row++) {
            for (int column = 0; column < ROWS[row].length(); column++) {
                StringBuilder near = new StringBuilder();
                appendKey(near, row, column - 1);
                appendKey(near, row, column + 1);
                appendKey(near, row - 1, column);
                appendKey(near, row - 1, column + 1);
                appendKey(near, row + 1, column - 1);
                appendKey(near, row + 1, column);
                NEIGHBOURS.put(ROWS[row].charAt(column), near.toString());
            }
        }
    }

    private Typos() {}

    private static void appendKey(StringBuilder near, int row, int column) {
        if (row >= 0 && row < ROWS.length && column >= 0 && column < ROWS[row].length()) {
            near.append(ROWS[row].charAt(column));
        }
    }

    static String neighbours(char key) {
        return NEIGHBOURS.getOrDefault(Character.toLowerCase(key), "");
    }

    /** One letter (not the first) replaced by a key next to it, keeping its case. */
    static @Nullable String adjacentKey(String word, SplittableRandom random) {
        int candidates = 0;
        for (int i = 1; i < word.length(); i++) {
            if (!neighbours(word.charAt(i)).isEmpty()) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return null;
        }
        int chosen = random.nextInt(candidates);
        for (int i = 1; i < word.length(); i++) {
            String near = neighbours(word.charAt(i));
            if (!near.isEmpty() && chosen-- == 0) {
                char replacement = near.charAt(random.nextInt(near.length()));
                if (Character.isUpperCase(word.charAt(i))) {
                    replacement = Character.toUpperCase(replacement);
                }
                return word.substring(0, i) + replacement + word.substring(i + 1);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static @Nullable String droppedLetter(String word, SplittableRandom random) {
        if (word.length() < 3) {
            return null;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        return word.substring(0, at) + word.substring(at + 1);
    }

    static @Nullable String doubledLetter(String word, SplittableRandom random) {
        if (word.length() < 2) {
            return null;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        return word.substring(0, at + 1) + word.substring(at);
    }

    /** Two neighbouring different letters after the first exchanged. */
    static @Nullable String transposedLetters(String word, SplittableRandom random) {
        int candidates = 0;
        for (int i = 1; i + 1 < word.length(); i++) {
            if (word.charAt(i) != word.charAt(i + 1)) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return null;
        }
        int chosen = random.nextInt(candidates);
        for (int i = 1; i + 1 < word.length(); i++) {
            if (word.charAt(i) != word.charAt(i + 1) && chosen-- == 0) {
                return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
