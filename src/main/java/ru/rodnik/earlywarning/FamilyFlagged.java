package ru.rodnik.earlywarning;

import java.time.Instant;
import ru.rodnik.registry.FamilyId;

/** A family's score reached its region's threshold, or a rule flagged it: it now needs the family centre's attention. */
public record FamilyFlagged(FamilyId familyId, String regionCode, double score, Instant at) {}
