package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.ReportSubjects;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

/** Linking many reports in one call decides each of them as linking them one by one would, and stores it once. */
@RodnikIntegrationTest
class BatchLinkingIntegrationTest {

    private static final String ADDRESS = "г. Искитим, ул. Школьная, д. 7";

    @Autowired
    Linkage linkage;

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchDecidesAsLinkingOneReportAtATimeWould() {
        // The same registry twice: one region links report by report, the other in one batch.
        String single = region();
        String batch = region();
        List<PersonId> singleRegistry = registerFamily(single);
        List<PersonId> batchRegistry = registerFamily(batch);
        List<Subject> reports = List.of(
                subject("Лаврентьева", "Алёна", "Игоревна", LocalDate.of(1991, 4, 17), Sex.F, null),
                // A diminutive, and the surname as a school wrote it.
                subject("Лаврентева", "Варя", "Игоревна", LocalDate.of(2016, 3, 9), Sex.F, null),
                subject("Лаврентьев", "Игорь", "Петрович", LocalDate.of(1989, 12, 1), Sex.M, null),
                // Nobody the registry knows, reported twice: the second report finds the person the first registered.
                subject("Сабурова", "Ксения", "Олеговна", LocalDate.of(2014, 2, 11), Sex.F, "IV-ПН 551230"),
                subject("Сабурова", "Ксения", "Олеговна", LocalDate.of(2014, 2, 11), Sex.F, "IV-ПН 551230"));

        List<SubjectLink> one = new ArrayList<>();
        for (Subject report : reports) {
            one.add(linkage.link(single, List.of(report), "TEST", null).get(0));
        }
        List<SubjectLink> all = linkage
                .linkAll(
                        batch,
                        reports.stream()
                                .map(report -> new ReportSubjects(List.of(report), null))
                                .toList(),
                        "TEST")
                .stream()
                .map(links -> links.get(0))
                .toList();

        assertThat(all)
                .extracting(SubjectLink::status)
                .containsExactlyElementsOf(one.stream().map(SubjectLink::status).toList());
        assertThat(all)
                .extracting(link -> link.decision().score())
                .containsExactlyElementsOf(
                        one.stream().map(link -> link.decision().score()).toList());
        for (int i = 0; i < 3; i++) {
            assertThat(one.get(i).status()).as("report %d", i).isEqualTo(LinkStatus.AUTO_LINKED);
            assertThat(singleRegistry.indexOf(one.get(i).person()))
                    .isEqualTo(batchRegistry.indexOf(all.get(i).person()))
                    .isEqualTo(i);
        }
        assertThat(all.get(3).status()).isEqualTo(LinkStatus.NEW_PERSON);
        assertThat(all.get(4).status()).isEqualTo(LinkStatus.AUTO_LINKED);
        assertThat(all.get(4).person()).isEqualTo(all.get(3).person());
        assertThat(jdbc.sql("select count(*) from person where region_code = :region")
                        .param("region", batch)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(decisions(batch)).isEqualTo(5);
    }

    @Test
    void aBatchLinkedAgainReturnsItsFirstDecisionsAndStoresNothingMore() {
        String region = region();
        registerFamily(region);
        String ref = "batch-" + UUID.randomUUID();
        Subject mother = subject("Лаврентьева", "Алёна", "Игоревна", LocalDate.of(1991, 4, 17), Sex.F, null);
        Subject stranger = subject("Громова", "Таисия", null, LocalDate.of(2012, 6, 6), Sex.F, null);
        List<ReportSubjects> reports = List.of(
                new ReportSubjects(List.of(mother, stranger), ref),
                // The same report again within the batch, as a resent row of an import would be.
                new ReportSubjects(List.of(mother, stranger), ref));

        List<List<SubjectLink>> first = linkage.linkAll(region, reports, "TEST");
        List<List<SubjectLink>> again = linkage.linkAll(region, reports, "TEST");

        assertThat(first.get(1)).isEqualTo(first.get(0));
        assertThat(again).isEqualTo(first);
        assertThat(decisions(region)).isEqualTo(2);
    }

    @Test
    void anInvalidSubjectRefusesTheWholeBatchByItsField() {
        String region = region();
        List<ReportSubjects> reports = List.of(
                new ReportSubjects(
                        List.of(subject("Громова", "Таисия", null, LocalDate.of(2012, 6, 6), Sex.F, null)), null),
                new ReportSubjects(
                        List.of(
                                subject("Громов", "Иван", null, LocalDate.of(2013, 1, 1), Sex.M, null),
                                subject("Громова", "Анна", null, LocalDate.now().plusDays(2), Sex.F, null)),
                        null));

        assertThatThrownBy(() -> linkage.linkAll(region, reports, "TEST"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("reports[1].subjects[1].birthDate"));
        assertThat(decisions(region)).isZero();
    }

    /** A mother, her daughter and her husband. */
    private List<PersonId> registerFamily(String region) {
        return List.of(
                register(region, "Лаврентьева", "Алёна", "Игоревна", LocalDate.of(1991, 4, 17), Sex.F),
                register(region, "Лаврентьева", "Варвара", "Игоревна", LocalDate.of(2016, 3, 9), Sex.F),
                register(region, "Лаврентьев", "Игорь", "Петрович", LocalDate.of(1989, 12, 1), Sex.M));
    }

    private PersonId register(
            String region, String lastName, String firstName, String patronymic, LocalDate born, Sex sex) {
        PersonDetails details = new PersonDetails(lastName, firstName, patronymic, born, sex, null, null, null);
        return linking.register(region, details, records.of(details, null, ADDRESS, Set.of()));
    }

    private static Subject subject(
            String lastName, String firstName, String patronymic, LocalDate born, Sex sex, String certificate) {
        return new Subject(
                FamilyRole.CHILD,
                new PersonDetails(lastName, firstName, patronymic, born, sex, null, certificate, null),
                null,
                ADDRESS);
    }

    private long decisions(String region) {
        return jdbc.sql("select count(*) from match_decision where region_code = :region")
                .param("region", region)
                .query(Long.class)
                .single();
    }

    private static String region() {
        return "58" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
    }
}
