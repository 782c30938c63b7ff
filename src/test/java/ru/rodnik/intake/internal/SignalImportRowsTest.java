package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalImportRowsTest {

    @Test
    void aRowBecomesTheSignalBodyWithNormalisedCells() {
        SignalImportRows.Mapped mapped = SignalImportRows.map(row(Map.of(
                "urgency", "immediate",
                "indicators", "school_absence_long; CHILD_NEGLECT_SIGNS,X",
                "territoryCode", "50701000",
                "addressText", "ул. Лесная, 5",
                "subject2_role", "child",
                "subject2_lastName", "Иванов",
                "subject2_birthDate", "2.3.2016",
                "subject2_sex", "М",
                "subject2_snils", "1234567890",
                "subject4_role", "MOTHER")));

        SignalReport report = mapped.report();
        assertThat(report.urgency()).isEqualTo("IMMEDIATE");
        assertThat(report.indicators()).containsExactly("SCHOOL_ABSENCE_LONG", "CHILD_NEGLECT_SIGNS", "X");
        assertThat(report.address()).isEqualTo(new SignalReport.ReportedAddress("ул. Лесная, 5", "50701000"));
        assertThat(report.contact()).isNull();
        assertThat(report.subjects()).hasSize(2);
        SignalReport.ReportedSubject child = report.subjects().get(0);
        assertThat(child.role()).isEqualTo("CHILD");
        assertThat(child.birthDate()).isEqualTo("2016-03-02");
        assertThat(child.sex()).isEqualTo("M");
        assertThat(child.snils()).isEqualTo("01234567890");
        assertThat(mapped.groups()).containsExactly(2, 4);
        assertThat(mapped.derivedKey()).startsWith("import:").hasSize("import:".length() + 64);
    }

    @Test
    void theDerivedKeyFollowsTheContentNotItsSpelling() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("indicators", "X");
        cells.put("subject1_role", "child");
        cells.put("subject1_birthDate", "02.03.2016");
        Map<String, String> sameInOtherOrderAndCase = new LinkedHashMap<>();
        sameInOtherOrderAndCase.put("subject1_birthDate", "2016-03-02");
        sameInOtherOrderAndCase.put("subject1_role", "CHILD");
        sameInOtherOrderAndCase.put("indicators", "x");

        String key = SignalImportRows.map(row(cells)).derivedKey();

        assertThat(SignalImportRows.map(row(sameInOtherOrderAndCase)).derivedKey())
                .isEqualTo(key);
        cells.put("description", "another signal");
        assertThat(SignalImportRows.map(row(cells)).derivedKey()).isNotEqualTo(key);
    }

    @Test
    void aRowWithExternalIdIsKnownByIt() {
        assertThat(SignalImportRows.map(row(Map.of("externalId", "s-1", "indicators", "X")))
                        .derivedKey())
                .isNull();
    }

    @Test
    void rejectedFieldsAreNamedByTheColumnOfTheFile() {
        List<Integer> groups = List.of(2, 4);
        assertThat(SignalImportColumns.of("subjects[0].snils", groups)).isEqualTo("subject2_snils");
        assertThat(SignalImportColumns.of("subjects[1].birthDate", groups)).isEqualTo("subject4_birthDate");
        assertThat(SignalImportColumns.of("subjects[1]", groups)).isEqualTo("subject4_role");
        assertThat(SignalImportColumns.of("subjects", groups)).isNull();
        assertThat(SignalImportColumns.of("indicators[3]", groups)).isEqualTo("indicators");
        assertThat(SignalImportColumns.of("address.territoryCode", groups)).isEqualTo("territoryCode");
        assertThat(SignalImportColumns.of("contact.phone", groups)).isEqualTo("contactPhone");
        assertThat(SignalImportColumns.of("urgency", groups)).isEqualTo("urgency");
    }

    @Test
    void headerNamesAreColumnCodesInAnyCaseUpToTwentyPersons() {
        assertThat(SignalImportColumns.code(" Subject12_LASTNAME ")).hasValue("subject12_lastName");
        assertThat(SignalImportColumns.code("territorycode")).hasValue("territoryCode");
        assertThat(SignalImportColumns.code("subject21_lastName")).isEmpty();
        assertThat(SignalImportColumns.code("subject0_role")).isEmpty();
        assertThat(SignalImportColumns.code("subject1_nickname")).isEmpty();
        assertThat(SignalImportColumns.template()).hasSize(8 + 4 * 8).startsWith("externalId", "urgency");
    }

    private static SignalImportFile.Row row(Map<String, String> cells) {
        return new SignalImportFile.Row(2, cells, List.of());
    }
}
