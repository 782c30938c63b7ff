package ru.rodnik.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.rodnik.synthetic.GeneratedFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * Reports about people the registry has never seen, from a region generated with another seed: every automatic
 * link of one of them is a false link. One report per person, so that no outsider can be found again as the new
 * person an earlier report of theirs created.
 */
final class Outsiders {

    /**
     * @param reports the picked reports
     * @param droppedForIdentifiers reports left out because the two generators happened to give their person the
     *     SNILS or birth certificate of a registered person, which real documents never share
     */
    record Picked(List<SyntheticReport> reports, int droppedForIdentifiers) {}

    private Outsiders() {}

    static Picked pick(long seed, int count, Set<String> registeredIdentifiers) {
        // Far more families than needed: most members are never reported.
        var generator = new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(seed, count * 4));
        List<SyntheticReport> picked = new ArrayList<>(count);
        Set<UUID> seen = new HashSet<>();
        int dropped = 0;
        for (int index = 0; index < generator.settings().families() && picked.size() < count; index++) {
            GeneratedFamily family = generator.family(index);
            for (SyntheticReport report : family.reports()) {
                if (picked.size() == count || !seen.add(report.truthPersonId())) {
                    continue;
                }
                SyntheticPerson person = family.persons().stream()
                        .filter(member -> member.truthId().equals(report.truthPersonId()))
                        .findFirst()
                        .orElseThrow();
                if (borrowsIdentifier(person, registeredIdentifiers)) {
                    dropped++;
                    continue;
                }
                picked.add(report);
            }
        }
        return new Picked(List.copyOf(picked), dropped);
    }

    private static boolean borrowsIdentifier(SyntheticPerson person, Set<String> registered) {
        return (person.snils() != null && registered.contains(Identifiers.snils(person.snils())))
                || (person.birthCertificate() != null
                        && registered.contains(Identifiers.certificate(person.birthCertificate())));
    }
}
