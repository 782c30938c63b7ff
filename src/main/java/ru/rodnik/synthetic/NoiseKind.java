package ru.rodnik.synthetic;

/**
 * The distortions a report may carry. They are tried in this order, so a typo is made in Cyrillic before a name is
 * transliterated and upper case comes last; each is applied only where it makes sense (no ё, no swap of day and month
 * above the 12th, a maiden name only for a mother who has one), and then not recorded.
 */
public enum NoiseKind {
    /** A mother under the surname she was born with. */
    MAIDEN_NAME,
    /** The surname in the other gender's form: Иванова written Иванов. Indeclinable surnames are left alone. */
    SURNAME_GENDER_SLIP,
    /** An everyday short form instead of the first name: Саша for Александр. */
    DIMINUTIVE,
    /** A double name with a space, a spaced hyphen or nothing instead of its hyphen. */
    HYPHEN_SPACE,
    /**
     * ё written as е, as most keyboards and forms do; or, for a family whose documents are written without ё, the ё
     * the name usually has put back (Семенова reported as Семёнова).
     */
    YO_E,
    /** One letter replaced by a neighbour on the ЙЦУКЕН keyboard. */
    TYPO_ADJACENT_KEY,
    /** One letter left out. */
    TYPO_DROPPED_LETTER,
    /** One letter typed twice. */
    TYPO_DOUBLED_LETTER,
    /** Two neighbouring letters in the wrong order. */
    TYPO_TRANSPOSED_LETTERS,
    /** No patronymic. */
    PATRONYMIC_MISSING,
    /** Surname and first name in each other's fields. */
    NAMES_SWAPPED,
    /** Names in Latin letters as the passport writes them (ICAO Doc 9303, 2013): Natalia, Semenova, Iurii. */
    TRANSLIT_ICAO,
    /** Names in Latin letters as people write them: Natalya, Semenova, Yuriy. */
    TRANSLIT_INFORMAL,
    /** No birth date. */
    BIRTH_DATE_MISSING,
    /** Day and month exchanged (only when the day is 12 or less and differs from the month). */
    BIRTH_DATE_DAY_MONTH_SWAPPED,
    /** One digit of the day, the month or the year's last two digits wrong, still a real date. */
    BIRTH_DATE_DIGIT,
    /** The birth date one to three days off. */
    BIRTH_DATE_SHIFTED,
    /** No SNILS although the agency would have it. */
    SNILS_MISSING,
    /** One digit of the SNILS wrong, so that it fails the checksum, as real mistyped ones do. */
    SNILS_WRONG_DIGIT,
    /** All names in upper case. */
    UPPER_CASE
}
