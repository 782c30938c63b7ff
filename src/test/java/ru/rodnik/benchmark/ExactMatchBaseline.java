package ru.rodnik.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.KnownPerson;
import ru.rodnik.registry.PersonDetails;

/**
 * What linkage is measured against: a report is linked when exactly one registered person has its surname, first
 * name and birth date, compared after lower case and ё→е and nothing else — the rule a registry without record
 * linkage would use.
 */
final class ExactMatchBaseline {

    private static final UUID AMBIGUOUS = new UUID(0, 0);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Map<String, UUID> truthByKey = new HashMap<>();

    static ExactMatchBaseline of(GeneratedRegistry registry) {
        ExactMatchBaseline baseline = new ExactMatchBaseline();
        for (GeneratedRegistry.PreparedFamily family : registry.families()) {
            for (int i = 0; i < family.people().size(); i++) {
                KnownPerson person = family.people().get(i);
                String key = key(person.details());
                if (key != null) {
                    baseline.truthByKey.merge(key, family.truth().get(i), (one, other) -> AMBIGUOUS);
                }
            }
        }
        return baseline;
    }

    /** The true identity of the one registered person the report names exactly, or null when none or several do. */
    @Nullable
    UUID link(PersonDetails report) {
        String key = key(report);
        UUID truth = key == null ? null : truthByKey.get(key);
        return AMBIGUOUS.equals(truth) ? null : truth;
    }

    private static @Nullable String key(PersonDetails details) {
        String lastName = details.lastName();
        String firstName = details.firstName();
        LocalDate birthDate = details.birthDate();
        if (lastName == null || firstName == null || birthDate == null) {
            return null;
        }
        return plain(lastName) + "|" + plain(firstName) + "|" + birthDate;
    }

    private static String plain(String name) {
        return name.strip().toLowerCase(RUSSIAN).replace('ё', 'е');
    }
}
