package ru.rodnik.synthetic.internal;

/**
 * The masculine and feminine forms of Russian surnames. Possessive (-ов, -ев, -ин) and adjectival (-ский, -ой, -ый)
 * surnames change with gender; the rest — Ukrainian -енко and -ук, Siberian -их and -ых, Armenian -ян, Georgian,
 * German, Korean — are the same for a man and a woman. Double surnames change part by part.
 */
final class SurnameForms {

    private SurnameForms() {}

    static String feminine(String masculine) {
        if (masculine.indexOf('-') > 0) {
            return eachPart(masculine, true);
        }
        if (masculine.endsWith("ский") || masculine.endsWith("цкий")) {
            return cut(masculine, 2) + "ая";
        }
        if (masculine.endsWith("ой") || masculine.endsWith("ый")) {
            return cut(masculine, 2) + "ая";
        }
        if (endsWithAny(masculine, "ов", "ев", "ёв", "ин", "ын")) {
            return masculine + "а";
        }
        return masculine;
    }

    /**
     * The masculine form of a feminine surname; a guess where the feminine form is ambiguous (Луговая may be
     * Луговой or Луговый), which is good enough for the mistakes agencies make.
     */
    static String masculine(String feminine) {
        if (feminine.indexOf('-') > 0) {
            return eachPart(feminine, false);
        }
        if (feminine.endsWith("ская") || feminine.endsWith("цкая")) {
            return cut(feminine, 2) + "ий";
        }
        if (feminine.endsWith("ая")) {
            return cut(feminine, 2) + "ой";
        }
        if (endsWithAny(feminine, "ова", "ева", "ёва", "ина", "ына")) {
            return cut(feminine, 1);
        }
        return feminine;
    }

    private static String eachPart(String surname, boolean toFeminine) {
        StringBuilder result = new StringBuilder(surname.length() + 2);
        for (String part : surname.split("-", -1)) {
            if (!result.isEmpty()) {
                result.append('-');
            }
            result.append(toFeminine ? feminine(part) : masculine(part));
        }
        return result.toString();
    }

    private static boolean endsWithAny(String text, String... endings) {
        for (String ending : endings) {
            if (text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String text, int letters) {
        return text.substring(0, text.length() - letters);
    }
}
