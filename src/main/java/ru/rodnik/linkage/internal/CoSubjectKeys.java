package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys under which a person counts as "seen together" with another: for a subject, those of the other subjects of
 * its signal; for a registry person, those of its family members. The family feature compares the two sets.
 *
 * <p>Each companion gives several keys so that one noisy field does not hide it: a mother under her maiden name
 * still meets by first name and birth date, a mother without a birth date by surname and first name.
 */
final class CoSubjectKeys {

    private CoSubjectKeys() {}

    /** The keys of one companion. */
    static Set<String> of(LinkageRecord companion) {
        Set<String> keys = new HashSet<>();
        LocalDate birthDate = companion.birthDate();
        String surnameKey = companion.surnameKey();
        if (birthDate != null) {
            if (surnameKey != null) {
                keys.add("s:" + surnameKey + ":" + birthDate);
            }
            for (String given : companion.givenNameKeys()) {
                keys.add("g:" + given + ":" + birthDate);
            }
        }
        if (surnameKey != null) {
            for (String given : companion.givenNameKeys()) {
                keys.add("n:" + surnameKey + ":" + given);
            }
        }
        return keys;
    }

    /** The keys of several companions together, to put into {@link LinkageRecord#coSubjectKeys()}. */
    static Set<String> ofAll(Iterable<LinkageRecord> companions) {
        Set<String> keys = new HashSet<>();
        for (LinkageRecord companion : companions) {
            keys.addAll(of(companion));
        }
        return keys;
    }
}
