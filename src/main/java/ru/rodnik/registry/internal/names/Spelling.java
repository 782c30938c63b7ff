package ru.rodnik.registry.internal.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The comparable spelling of a name: lower-case Cyrillic without ё and without anything that is not a letter.
 *
 * <p>Each word (a run of letters and apostrophes) is read in one script. A word with Cyrillic letters only is folded
 * letter by letter. A word with Latin letters only is transliterated, unless the rest of the text is Cyrillic and the
 * word is made only of letters that look Cyrillic («CEPOB Иван» is Серов). A word that mixes scripts is read in the
 * script of its letters that have no look-alike in the other one («Ивaнов» with a Latin a is Cyrillic, «Ivаnov» with
 * a Cyrillic а is Latin); when that does not decide, Cyrillic wins, because the people who mix scripts by accident
 * type Russian.
 *
 * <p>Letters are lower-cased one at a time as they are read. For Cyrillic and Latin that gives what
 * {@code toLowerCase(Locale ru)} gives, without a second pass over the text, and the case of a look-alike is still
 * at hand when it matters (B looks like В, b does not).
 */
final class Spelling {

    private final Transliteration transliteration;

    Spelling(Transliteration transliteration) {
        this.transliteration = transliteration;
    }

    String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 4);
        read(raw, out, null);
        return out.toString();
    }

    /**
     * The normalised words of a text, each read with what the whole text says (its script, GOST marks), for callers
     * that treat the parts of a name apart.
     */
    List<String> normaliseWords(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 4);
        List<Integer> ends = new ArrayList<>();
        read(raw, out, ends);
        List<String> words = new ArrayList<>(ends.size());
        int start = 0;
        for (int end : ends) {
            if (end > start) {
                words.add(out.substring(start, end));
            }
            start = end;
        }
        return words;
    }

    /** Appends the normalised text to {@code out}, and the end of each word in it to {@code wordEnds} if given. */
    private void read(String raw, StringBuilder out, @Nullable List<Integer> wordEnds) {
        String text = hasCombiningMarks(raw) ? Normalizer.normalize(raw, Normalizer.Form.NFC) : raw;
        Marks marks = null;
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (!isWordChar(text.charAt(at))) {
                at++;
                continue;
            }
            int end = at;
            while (end < length && isWordChar(text.charAt(end))) {
                end++;
            }
            ScriptCount count = ScriptCount.of(text, at, end);
            if (count.latin() == 0) {
                appendCyrillicWord(text, at, end, out);
            } else {
                if (marks == null) {
                    marks = Marks.of(text);
                }
                if (count.readsAsCyrillic(marks.cyrillic())) {
                    appendCyrillicWord(text, at, end, out);
                } else {
                    appendLatinWord(text, at, end, marks.gost(), out);
                }
            }
            if (wordEnds != null) {
                wordEnds.add(out.length());
            }
            at = end;
        }
    }

    private void appendCyrillicWord(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char folded = Letters.foldCyrillic(c);
            if (folded == 0 && Letters.isLatin(c)) {
                folded = Letters.cyrillicTwinOf(c);
                if (folded == 0) {
                    out.append(transliteration.plainLetter(latinLetter(c)));
                    continue;
                }
            }
            if (folded != 0) {
                out.append(folded);
            }
        }
    }

    private void appendLatinWord(String text, int from, int to, boolean gost, StringBuilder out) {
        StringBuilder word = new StringBuilder(to - from + 2);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Letters.isLatin(c)) {
                appendLatinLetter(c, word);
            } else if (Letters.isCyrillic(c)) {
                char twin = Letters.latinTwinOf(c);
                word.append(twin != 0 ? twin : Letters.foldCyrillic(c));
            } else {
                word.append(Letters.apostrophe(c));
            }
        }
        transliteration.appendCyrillic(word, gost, out);
    }

    private void appendLatinLetter(char c, StringBuilder word) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || transliteration.knows(lower)) {
            word.append(lower);
            return;
        }
        switch (lower) {
            case 'ß' -> word.append("ss");
            case 'æ' -> word.append("ae");
            case 'œ' -> word.append("oe");
            case 'ø' -> word.append('o');
            case 'đ' -> word.append('d');
            case 'ı' -> word.append('i');
            default -> {
                char plain = latinLetter(lower);
                if (plain != 0) {
                    word.append(plain);
                }
            }
        }
    }

    /** A Latin letter without its diacritics, lower case; ASCII letters as they are. */
    private static char latinLetter(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80) {
            return lower;
        }
        String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return first < 0x80 ? first : 0;
    }

    /** Letters, apostrophes (they spell ь and ъ) and combining marks such as a stress accent. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Letters.isApostrophe(c) || isCombiningMark(c);
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036f';
    }

    private static boolean hasCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCombiningMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many letters of each script a word has, and how many of them have no look-alike in the other script. */
    private record ScriptCount(int cyrillic, int latin, int cyrillicOwn, int latinOwn) {

        static ScriptCount of(String text, int from, int to) {
            int cyrillic = 0;
            int latin = 0;
            int cyrillicOwn = 0;
            int latinOwn = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Letters.isCyrillic(c)) {
                    cyrillic++;
                    cyrillicOwn += Letters.latinTwinOf(c) == 0 ? 1 : 0;
                } else if (Letters.isLatin(c)) {
                    latin++;
                    latinOwn += Letters.cyrillicTwinOf(c) == 0 ? 1 : 0;
                }
            }
            return new ScriptCount(cyrillic, latin, cyrillicOwn, latinOwn);
        }

        /** See the class comment; {@code cyrillicText} says whether the text has Cyrillic letters anywhere. */
        boolean readsAsCyrillic(boolean cyrillicText) {
            if (latin == 0) {
                return true;
            }
            return cyrillic == 0 ? cyrillicText && latinOwn == 0 : latinOwn <= cyrillicOwn;
        }
    }

    /** What the whole text says about how to read its Latin words. */
    private record Marks(boolean gost, boolean cyrillic) {

        /**
         * GOST 7.79 B is the only system that writes `, cz, shh or y' — and in it x is х. Other systems write х as
         * kh or h, and a lone x in a Russian name is almost always кс (Alexander, Maxim).
         */
        static Marks of(String text) {
            boolean gost = false;
            boolean cyrillic = false;
            char previous = 0;
            char beforePrevious = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                cyrillic |= Letters.isCyrillic(c);
                gost |= c == '`'
                        || (previous == 'c' && c == 'z')
                        || (beforePrevious == 's' && previous == 'h' && c == 'h')
                        || (previous == 'y' && "'".equals(Letters.apostrophe(c)));
                beforePrevious = previous;
                previous = c;
            }
            return new Marks(gost, cyrillic);
        }
    }
}
