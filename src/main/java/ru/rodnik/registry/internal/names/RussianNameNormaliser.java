package ru.rodnik.registry.internal.names;

import java.util.Set;
import org.springframework.stereotype.Component;
import ru.rodnik.registry.NameNormaliser;

/**
 * The registry's {@link NameNormaliser} for Russian names. Its rules and names are data files under
 * {@code registry/names/} on the class path, read once by the constructor; after that it is immutable and safe to
 * share between threads. The constructor is public so that code outside Spring (the synthetic-data generator, unit
 * tests) can build one with {@code new}.
 */
@Component
public class RussianNameNormaliser implements NameNormaliser {

    static final String TRANSLITERATION = "registry/names/latin-to-cyrillic.tsv";
    static final String GIVEN_NAMES = "registry/names/given-name-variants.tsv";

    private final Spelling spelling;
    private final GivenNames givenNames;

    public RussianNameNormaliser() {
        this.spelling = new Spelling(Transliteration.fromResource(TRANSLITERATION));
        this.givenNames = GivenNames.fromResource(GIVEN_NAMES, spelling);
    }

    @Override
    public String normalise(String raw) {
        return spelling.normalise(raw);
    }

    @Override
    public Set<String> givenNameKeys(String firstName) {
        return givenNames.keysOf(spelling.normalise(firstName));
    }

    /**
     * Each part of a double-barrelled surname loses its own ending (Семёнова-Петрова → семеновпетров), so a raw
     * surname should be passed here rather than its normalised form, in which the parts are no longer apart. The
     * rules are those of {@link GenderedEndings}.
     */
    @Override
    public String surnameKey(String surname) {
        StringBuilder key = new StringBuilder(surname.length());
        for (String part : spelling.normaliseWords(surname)) {
            key.append(GenderedEndings.strip(part));
        }
        return key.toString();
    }

    @Override
    public String phoneticKey(String name) {
        return PhoneticKey.of(spelling.normalise(name));
    }

    GivenNames givenNames() {
        return givenNames;
    }
}
