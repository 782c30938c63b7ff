package ru.rodnik.benchmark;

import java.util.Locale;

/** Identifiers in one spelling, so that those of two generated regions can be compared. */
final class Identifiers {

    private Identifiers() {}

    static String snils(String written) {
        return "snils:" + written.replaceAll("\\D", "");
    }

    static String certificate(String written) {
        return "bc:" + written.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-№]", "");
    }
}
