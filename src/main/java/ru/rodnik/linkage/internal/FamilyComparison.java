package ru.rodnik.linkage.internal;

import java.util.Set;

/**
 * Whether someone named in the same signal as the subject is a member of the candidate's family. Family members are
 * shared by siblings, so this separates families, not the children within one.
 */
final class FamilyComparison {

    FamilyLevel compare(Set<String> subjectCompanions, Set<String> candidateFamily) {
        if (subjectCompanions.isEmpty() || candidateFamily.isEmpty()) {
            return FamilyLevel.NOT_APPLICABLE;
        }
        Set<String> fewer = subjectCompanions.size() <= candidateFamily.size() ? subjectCompanions : candidateFamily;
        Set<String> more = fewer == subjectCompanions ? candidateFamily : subjectCompanions;
        for (String key : fewer) {
            if (more.contains(key)) {
                return FamilyLevel.CO_OCCURS;
            }
        }
        return FamilyLevel.NONE;
    }
}
