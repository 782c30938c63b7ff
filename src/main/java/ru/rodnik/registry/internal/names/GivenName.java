package ru.rodnik.registry.internal.names;

import java.util.List;
import ru.rodnik.registry.Sex;

/** A full first name as a register writes it, with the variants and diminutives that stand for it elsewhere. */
record GivenName(String canonical, Sex sex, List<String> variants) {

    GivenName {
        variants = List.copyOf(variants);
    }
}
