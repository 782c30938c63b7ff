package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FamilyComparisonTest {

    private final FamilyComparison families = new FamilyComparison();

    private static LinkageRecord mother(String surname, String surnameKey) {
        return LinkageRecord.builder()
                .surname(surname, surnameKey, null)
                .givenName("мария", Set.of("мария"), null)
                .birthDate(LocalDate.parse("1990-07-14"))
                .build();
    }

    @Test
    void aMotherNamedInTheSignalAndFoundInTheFamilyCoOccurs() {
        Set<String> signal = CoSubjectKeys.of(mother("иванова", "иванов"));
        Set<String> family = CoSubjectKeys.ofAll(List.of(mother("иванова", "иванов")));
        assertThat(families.compare(signal, family)).isEqualTo(FamilyLevel.CO_OCCURS);
    }

    @Test
    void aMotherUnderHerMaidenNameStillCoOccursByFirstNameAndBirthDate() {
        Set<String> signal = CoSubjectKeys.of(mother("петрова", "петров"));
        Set<String> family = CoSubjectKeys.of(mother("иванова", "иванов"));
        assertThat(families.compare(signal, family)).isEqualTo(FamilyLevel.CO_OCCURS);
    }

    @Test
    void strangersOnBothSidesAreNone() {
        Set<String> signal = CoSubjectKeys.of(mother("иванова", "иванов"));
        LinkageRecord stranger = LinkageRecord.builder()
                .surname("петрова", "петров", null)
                .givenName("ольга", Set.of("ольга"), null)
                .birthDate(LocalDate.parse("1985-01-20"))
                .build();
        assertThat(families.compare(signal, CoSubjectKeys.of(stranger))).isEqualTo(FamilyLevel.NONE);
    }

    @Test
    void nobodyElseOnEitherSideIsNotApplicable() {
        Set<String> signal = CoSubjectKeys.of(mother("иванова", "иванов"));
        assertThat(families.compare(signal, Set.of())).isEqualTo(FamilyLevel.NOT_APPLICABLE);
        assertThat(families.compare(Set.of(), signal)).isEqualTo(FamilyLevel.NOT_APPLICABLE);
    }
}
