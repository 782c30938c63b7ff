package ru.rodnik.synthetic.internal;

import java.util.Locale;

/** Russian names in Latin letters, the two ways they reach agencies. */
enum Transliteration {
    /**
     * ICAO Doc 9303 (2013), used in Russian passports since 2014: й→i, ю→iu, я→ia, ц→ts, ь dropped, ъ→ie. Наталья →
     * Natalia, Юрий → Iurii.
     */
    ICAO_9303("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia"),
    /** How people spell names in e-mail and social networks: й→y, ю→yu, я→ya. Наталья → Natalya, Юрий → Yuriy. */
    INFORMAL("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya");

    private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    private final String[] letters;

    Transliteration(String table) {
        String[] cells = table.split(" ");
        if (cells.length != ALPHABET.length()) {
            throw new IllegalStateException("One Latin spelling per Russian letter");
        }
        letters = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            letters[i] = "-".equals(cells[i]) ? "" : cells[i];
        }
    }

    String apply(String cyrillic) {
        StringBuilder latin = new StringBuilder(cyrillic.length() + 4);
        boolean wholeWordUpper = cyrillic.equals(cyrillic.toUpperCase(Locale.ROOT));
        for (int i = 0; i < cyrillic.length(); i++) {
            char letter = cyrillic.charAt(i);
            int at = ALPHABET.indexOf(Character.toLowerCase(letter));
            if (at < 0) {
                latin.append(letter);
                continue;
            }
            String spelled = letters[at];
            if (Character.isUpperCase(letter) && !spelled.isEmpty()) {
                spelled = wholeWordUpper
                        ? spelled.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
            }
            latin.append(spelled);
        }
        return latin.toString();
    }
}
