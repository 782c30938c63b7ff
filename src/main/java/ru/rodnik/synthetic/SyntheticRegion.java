package ru.rodnik.synthetic;

import java.util.List;

/** A whole generated region held in memory; {@link SyntheticRegionGenerator#families()} streams it instead. */
public record SyntheticRegion(
        List<SyntheticFamily> families, List<SyntheticPerson> persons, List<SyntheticReport> reports) {}
