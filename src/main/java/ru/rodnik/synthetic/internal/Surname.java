package ru.rodnik.synthetic.internal;

import ru.rodnik.registry.Sex;

/** A surname in both forms, made once when the catalogue loads so that a million persons share the strings. */
record Surname(String masculine, String feminine, String origin) {

    static Surname of(String masculine, String origin) {
        return new Surname(masculine, SurnameForms.feminine(masculine), origin);
    }

    String form(Sex sex) {
        return sex == Sex.F ? feminine : masculine;
    }
}
