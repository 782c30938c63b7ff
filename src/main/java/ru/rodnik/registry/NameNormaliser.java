package ru.rodnik.registry;

import java.util.Set;

/**
 * Brings the names agencies write into comparable forms. Everything it returns is lower case Cyrillic without ё,
 * hyphens, spaces or punctuation, so that «Семёнова-Петрова», «SEMENOVA PETROVA» and «семенова петрова» meet.
 */
public interface NameNormaliser {

    /**
     * Lower case, ё→е, Latin transliterated to Cyrillic (GOST 7.79 and the common passport/ICAO spellings), hyphens,
     * spaces and punctuation removed. Blank input gives an empty string. Each word is read in one script: Latin
     * look-alikes typed inside a Cyrillic word (a, c, e, o, p, x) count as Cyrillic. Transliteration is greedy and
     * picks the more frequent Russian spelling where Latin is ambiguous, so «Natalia» gives наталия, not наталья:
     * compare first names through {@link #givenNameKeys} and sound-alikes through {@link #phoneticKey}.
     */
    String normalise(String raw);

    /**
     * The full forms a first name may stand for: «Саша» → {александр, александра}, «Наталия» → {наталья}, an
     * unknown name → itself. Input may be raw; output is normalised. Blank input gives an empty set.
     */
    Set<String> givenNameKeys(String firstName);

    /**
     * A surname without its gendered ending, so that a mother and son, or a misgendered record, share a key:
     * «Семёнова» → семенов, «Достоевская» → достоевск, «Пушкина» → пушкин. Indeclinable surnames (Шевченко, Черных,
     * Ковальчук) keep their form. Input may be raw, and should be: each part of a double-barrelled surname loses its
     * own ending, and in a normalised string the parts are no longer apart.
     */
    String surnameKey(String surname);

    /**
     * A phonetic key of a normalised or raw name, equal for names that sound alike (Ковальчук/Ковальчюк,
     * Семенова/Семинова, Наталья/Наталия, Кирилов/Кириллов) and different for Иванов/Ивашов. It keeps the gendered
     * ending, so combine it with {@link #surnameKey} where sex may be wrong. Cheap enough to call several times per
     * subject.
     */
    String phoneticKey(String name);
}
