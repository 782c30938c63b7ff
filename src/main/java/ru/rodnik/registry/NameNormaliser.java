package ru.rodnik.registry;

import java.util.Set;

/**
 * Brings the names agencies write into comparable forms. Everything it returns is lower case Cyrillic without ё,
 * hyphens, spaces or punctuation, so that «Семёнова-Петрова», «SEMENOVA PETROVA» and «семенова петрова» meet.
 */
public interface NameNormaliser {

    /**
     * Lower case, ё→е, Latin transliterated to Cyrillic (GOST 7.79 and the common passport/ICAO spellings), hyphens,
     * spaces and punctuation removed. Blank input gives an empty string.
     */
    String normalise(String raw);

    /**
     * The full forms a first name may stand for: «Саша» → {александр, александра}, «Наталия» → {наталья}, an
     * unknown name → itself. Input may be raw; output is normalised.
     */
    Set<String> givenNameKeys(String firstName);

    /**
     * A surname without its gendered ending, so that a mother and son, or a misgendered record, share a key:
     * «Семёнова» → семенов, «Достоевская» → достоевск, «Пушкина» → пушкин. Input may be raw.
     */
    String surnameKey(String surname);

    /** A phonetic key of a normalised or raw name, equal for names that sound alike (Ковальчук/Ковальчюк). */
    String phoneticKey(String name);
}
