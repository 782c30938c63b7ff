package ru.rodnik.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import ru.rodnik.linkage.KnownPerson;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.synthetic.GeneratedFamily;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * A generated region made ready for the bulk path before any clock starts: each family as an earlier system would
 * hand it over (every member with the others as its household), with who each member truly is, and a sample of the
 * reports agencies sent about them.
 */
final class GeneratedRegistry {

    /** About how many reports the generator's default rates give per family; only sizes the sample. */
    private static final double REPORTS_PER_FAMILY = 2.5;

    /** One family to register: its members as known persons and, in the same order, their true identities. */
    record PreparedFamily(List<KnownPerson> people, List<UUID> truth) {}

    private final List<PreparedFamily> families;
    private final List<SyntheticReport> sampledReports;
    private final Duration generation;

    private GeneratedRegistry(
            List<PreparedFamily> families, List<SyntheticReport> sampledReports, Duration generation) {
        this.families = families;
        this.sampledReports = sampledReports;
        this.generation = generation;
    }

    static GeneratedRegistry generate(BenchmarkSettings settings) {
        long start = System.nanoTime();
        var generator = new SyntheticRegionGenerator(
                SyntheticRegionGenerator.Settings.of(settings.seed(), settings.families()));
        // A report is picked by its own id, so the sample does not depend on the order the families are made in.
        double share = Math.min(1, 1.25 * settings.reports() / (settings.families() * REPORTS_PER_FAMILY));
        long cut = (long) (share * (1L << 32));
        List<GeneratedFamily> generated = IntStream.range(0, settings.families())
                .parallel()
                .mapToObj(index -> slim(generator.family(index), cut))
                .toList();
        List<PreparedFamily> families = new ArrayList<>(generated.size());
        List<SyntheticReport> sampled = new ArrayList<>();
        for (GeneratedFamily family : generated) {
            families.add(prepared(family.family()));
            sampled.addAll(family.reports());
        }
        Collections.shuffle(sampled, new Random(settings.seed()));
        List<SyntheticReport> reports = List.copyOf(sampled.subList(0, Math.min(settings.reports(), sampled.size())));
        return new GeneratedRegistry(families, reports, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The family with only its sampled reports, so that the other 95 % are garbage at once. */
    private static GeneratedFamily slim(GeneratedFamily family, long cut) {
        return new GeneratedFamily(
                family.family(),
                family.reports().stream()
                        .filter(report -> (report.reportId().getLeastSignificantBits() & 0xffffffffL) < cut)
                        .toList());
    }

    private static PreparedFamily prepared(SyntheticFamily family) {
        List<PersonDetails> members =
                family.persons().stream().map(GeneratedRegistry::details).toList();
        List<KnownPerson> people = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            List<PersonDetails> household = new ArrayList<>(members);
            household.remove(i);
            people.add(new KnownPerson(members.get(i), family.territoryCode(), family.addressText(), household));
        }
        return new PreparedFamily(
                people, family.persons().stream().map(SyntheticPerson::truthId).toList());
    }

    static PersonDetails details(SyntheticPerson person) {
        return new PersonDetails(
                person.lastName(),
                person.firstName(),
                person.patronymic(),
                person.birthDate(),
                person.sex(),
                person.snils(),
                person.birthCertificate(),
                person.phone());
    }

    List<PreparedFamily> families() {
        return families;
    }

    int persons() {
        return families.stream().mapToInt(family -> family.people().size()).sum();
    }

    List<SyntheticReport> sampledReports() {
        return sampledReports;
    }

    Set<UUID> sampledPersons() {
        Set<UUID> persons = new HashSet<>();
        sampledReports.forEach(report -> persons.add(report.truthPersonId()));
        return persons;
    }

    Duration generation() {
        return generation;
    }

    /** SNILS digits and birth certificates of every registered person, to keep outsiders from borrowing them. */
    Set<String> identifiers() {
        Set<String> identifiers = new HashSet<>();
        for (PreparedFamily family : families) {
            for (KnownPerson person : family.people()) {
                if (person.details().snils() != null) {
                    identifiers.add(Identifiers.snils(person.details().snils()));
                }
                if (person.details().birthCertificate() != null) {
                    identifiers.add(Identifiers.certificate(person.details().birthCertificate()));
                }
            }
        }
        return identifiers;
    }
}
