package ru.rodnik.registry.internal.names;

/**
 * What normalisation needs to know about single characters. Cyrillic letters fold to the 33-letter Russian alphabet
 * less ё: Ukrainian, Belarusian, Kazakh and Tatar letters become their nearest Russian letter, because agency clerks
 * retype such names with Russian letters anyway.
 */
final class Letters {

    private static final char CYRILLIC_FIRST = 'Ѐ';
    private static final char[] CYRILLIC_FOLD = cyrillicFold();

    // Letters that look alike in print, both ways: what a clerk switching keyboard layouts or an OCR pass produces.
    private static final String LATIN_TWINS = "ABCEHKMOPTXYacekopxy";
    private static final String CYRILLIC_TWINS = "АВСЕНКМОРТХУасекорху";

    private static final String VOWELS = "аеиоуыэюя";
    private static final String SIGNS = "ьъй";

    private Letters() {}

    static boolean isCyrillic(char c) {
        return c >= CYRILLIC_FIRST
                && c < CYRILLIC_FIRST + CYRILLIC_FOLD.length
                && CYRILLIC_FOLD[c - CYRILLIC_FIRST] != 0;
    }

    /** Lower case, ё→е, a letter of a neighbouring alphabet as its Russian twin; 0 for anything but a letter. */
    static char foldCyrillic(char c) {
        return isCyrillic(c) ? CYRILLIC_FOLD[c - CYRILLIC_FIRST] : 0;
    }

    static boolean isLatin(char c) {
        char lower = (char) (c | 0x20);
        return (lower >= 'a' && lower <= 'z') || (c >= 'À' && c <= 'ɏ' && c != '×' && c != '÷');
    }

    /** The folded Cyrillic letter a Latin letter looks like, or 0. Case matters: B looks like В, b does not. */
    static char cyrillicTwinOf(char latin) {
        int at = LATIN_TWINS.indexOf(latin);
        return at < 0 ? 0 : Character.toLowerCase(CYRILLIC_TWINS.charAt(at));
    }

    /** The lower-case Latin letter a Cyrillic letter looks like, or 0. */
    static char latinTwinOf(char cyrillic) {
        int at = CYRILLIC_TWINS.indexOf(cyrillic);
        return at < 0 ? 0 : Character.toLowerCase(LATIN_TWINS.charAt(at));
    }

    /** Apostrophes, primes and modifier letters that spell ь (one) or ъ (two) in transliterations, as ASCII. */
    static String apostrophe(char c) {
        return switch (c) {
            case '\'', '’', '‘', 'ʼ', '´', '′', 'ʹ' -> "'";
            case '`' -> "`";
            case 'ʺ', '″' -> "''";
            default -> "";
        };
    }

    static boolean isApostrophe(char c) {
        return !apostrophe(c).isEmpty();
    }

    /** For a folded Cyrillic letter. */
    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** ь, ъ and й: after them an iotated vowel is written without a sign of its own. */
    static boolean isSign(char c) {
        return SIGNS.indexOf(c) >= 0;
    }

    static boolean isConsonant(char c) {
        return c >= 'а' && c <= 'я' && !isVowel(c) && !isSign(c);
    }

    private static char[] cyrillicFold() {
        char[] fold = new char[0x100];
        for (char c = 'а'; c <= 'я'; c++) {
            fold[c - CYRILLIC_FIRST] = c;
            fold[Character.toUpperCase(c) - CYRILLIC_FIRST] = c;
        }
        String twins = "ёе" + "єе" + "іи" + "їи" + "ґг" + "ўу" + "јй" // Russian ё, Ukrainian, Belarusian, Serbian
                + "әа" + "өо" + "үу" + "ұу" + "ңн" + "ғг" + "қк" + "һх" + "җж"; // Kazakh, Tatar, Bashkir
        for (int i = 0; i < twins.length(); i += 2) {
            char letter = twins.charAt(i);
            fold[letter - CYRILLIC_FIRST] = twins.charAt(i + 1);
            fold[Character.toUpperCase(letter) - CYRILLIC_FIRST] = twins.charAt(i + 1);
        }
        return fold;
    }
}
