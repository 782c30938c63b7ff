package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.synthetic.GeneratedFamily;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * Linkage quality on the real database: the persons of a generated region are registered as they are, then every
 * noisy report about them is linked through the public API. The benchmark measures the same on larger data with a
 * seed no test uses; this test guards the floor.
 */
@RodnikIntegrationTest
class LinkageQualityIntegrationTest {

    private static final long SEED = 20261125L;
    private static final int FAMILIES = 900;
    private static final String REGION = "55000000";

    @Autowired
    Linkage linkage;

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Test
    void noisyReportsLinkWithHighPrecisionAndRecall() {
        var generator = new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(SEED, FAMILIES));
        List<GeneratedFamily> families = generator.families().toList();
        Map<UUID, PersonId> truth = new HashMap<>();
        for (GeneratedFamily family : families) {
            register(family.family(), truth);
        }

        Map<LinkStatus, Integer> outcomes = new EnumMap<>(LinkStatus.class);
        int reports = 0;
        int correctAuto = 0;
        int wrongAuto = 0;
        int refused = 0;
        for (GeneratedFamily family : families) {
            for (SyntheticReport report : family.reports()) {
                SubjectLink link;
                try {
                    link = linkage.link(REGION, List.of(subject(report)), "TEST", null)
                            .get(0);
                } catch (InvalidInputException e) {
                    // A slip that made the report impossible (a birth date in the future, a SNILS failing its
                    // checksum): intake refuses it with a field error, so it never reaches the registry.
                    refused++;
                    continue;
                }
                reports++;
                outcomes.merge(link.status(), 1, Integer::sum);
                if (link.status() == LinkStatus.AUTO_LINKED) {
                    if (truth.get(report.truthPersonId()).equals(link.person())) {
                        correctAuto++;
                    } else {
                        wrongAuto++;
                    }
                }
            }
        }
        double precision = correctAuto / (double) (correctAuto + wrongAuto);
        double recall = correctAuto / (double) reports;
        System.out.printf(
                Locale.ROOT,
                "linkage-quality persons=%d reports=%d refused=%d precision=%.4f recall=%.4f outcomes=%s%n",
                truth.size(),
                reports,
                refused,
                precision,
                recall,
                outcomes);
        assertThat(reports).isGreaterThan(1500);
        assertThat(refused).as("reports refused as invalid").isLessThan(reports / 50);
        assertThat(precision).as("precision of automatic links").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("recall of automatic links").isGreaterThanOrEqualTo(0.95);
    }

    private void register(SyntheticFamily family, Map<UUID, PersonId> truth) {
        for (SyntheticFamily.Member member : family.members()) {
            List<LinkageRecord> companions = new ArrayList<>();
            for (SyntheticFamily.Member other : family.members()) {
                if (other != member) {
                    companions.add(records.of(details(other.person()), null, null, java.util.Set.of()));
                }
            }
            PersonDetails details = details(member.person());
            LinkageRecord record =
                    records.of(details, family.territoryCode(), family.addressText(), CoSubjectKeys.ofAll(companions));
            truth.put(member.person().truthId(), linking.register(REGION, details, record));
        }
    }

    private static PersonDetails details(SyntheticPerson person) {
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

    private static Subject subject(SyntheticReport report) {
        return new Subject(
                FamilyRole.valueOf(report.role()),
                new PersonDetails(
                        report.lastName(),
                        report.firstName(),
                        report.patronymic(),
                        report.birthDate(),
                        report.sex(),
                        report.snils(),
                        report.birthCertificate(),
                        report.phone()),
                report.territoryCode(),
                report.addressText());
    }
}
