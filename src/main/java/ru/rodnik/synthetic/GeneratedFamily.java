package ru.rodnik.synthetic;

import java.util.List;

/** One family as the generator streams it: the household and the reports agencies sent about its members. */
public record GeneratedFamily(SyntheticFamily family, List<SyntheticReport> reports) {

    public GeneratedFamily {
        reports = List.copyOf(reports);
    }

    public List<SyntheticPerson> persons() {
        return family.persons();
    }
}
