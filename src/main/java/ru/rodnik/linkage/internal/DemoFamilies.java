package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.RelationshipKind;
import ru.rodnik.synthetic.GeneratedFamily;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * Fills the demo region's registry from the synthetic generator on the first demo start: families with their
 * members, then a share of the generator's noisy reports linked as agencies would send them, so that the search,
 * the family pages and the review queue have something real to show.
 */
@Component
@Profile("demo")
@Order(30)
class DemoFamilies implements ApplicationRunner {

    static final String REGION = "50000000";
    private static final Logger log = LoggerFactory.getLogger(DemoFamilies.class);

    private final SubjectLinking linking;
    private final Linkage linkage;
    private final LinkageRecords records;
    private final Registry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int families;

    DemoFamilies(
            SubjectLinking linking,
            Linkage linkage,
            LinkageRecords records,
            Registry registry,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${rodnik.demo.families:150}") int families) {
        this.linking = linking;
        this.linkage = linkage;
        this.records = records;
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.families = families;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('rodnik.demo-families'))")
                    .query(Object.class)
                    .optional();
            if (jdbc.sql("select count(*) from match_decision where source = 'DEMO'")
                                    .query(Long.class)
                                    .single()
                            > 0
                    || jdbc.sql("select count(*) from linkage_person where region_code = :r")
                                    .param("r", REGION)
                                    .query(Long.class)
                                    .single()
                            > 0) {
                return;
            }
            var generator = new SyntheticRegionGenerator(
                    SyntheticRegionGenerator.Settings.of(SyntheticRegionGenerator.DEMO_SEED, families));
            List<SyntheticReport> reports = new ArrayList<>();
            int persons = 0;
            for (int i = 0; i < families; i++) {
                GeneratedFamily generated = generator.family(i);
                persons += register(generated.family());
                reports.addAll(generated.reports());
            }
            int linked = 0;
            // Every third report: enough to show automatic links and a short review queue.
            for (int i = 0; i < reports.size(); i += 3) {
                linked += link(reports.get(i), i);
            }
            log.info("Demo registry loaded: {} families, {} persons, {} reports linked", families, persons, linked);
        });
    }

    private int register(SyntheticFamily family) {
        FamilyId familyId = registry.registerFamily(REGION, family.territoryCode(), family.addressText());
        List<LinkageRecord> members = family.members().stream()
                .map(member -> records.of(details(member.person()), null, null, Set.of()))
                .toList();
        List<PersonId> parents = new ArrayList<>();
        List<PersonId> children = new ArrayList<>();
        for (int i = 0; i < family.members().size(); i++) {
            SyntheticFamily.Member member = family.members().get(i);
            List<LinkageRecord> companions = new ArrayList<>(members);
            companions.remove(i);
            PersonDetails details = details(member.person());
            PersonId person = linking.register(
                    REGION,
                    details,
                    records.of(details, family.territoryCode(), family.addressText(), CoSubjectKeys.ofAll(companions)));
            FamilyRole role = FamilyRole.valueOf(member.role().name());
            registry.addMember(familyId, person, role, null);
            if (role == FamilyRole.MOTHER || role == FamilyRole.FATHER) {
                parents.add(person);
            } else if (role == FamilyRole.CHILD) {
                children.add(person);
            }
        }
        for (PersonId parent : parents) {
            for (PersonId child : children) {
                registry.relate(parent, RelationshipKind.PARENT_OF, child);
            }
        }
        return family.members().size();
    }

    private int link(SyntheticReport report, int index) {
        var details = new PersonDetails(
                report.lastName(),
                report.firstName(),
                report.patronymic(),
                report.birthDate(),
                report.sex(),
                report.snils(),
                report.birthCertificate(),
                report.phone());
        var subject =
                new Subject(FamilyRole.valueOf(report.role()), details, report.territoryCode(), report.addressText());
        if (!registry.check(details, "").isEmpty()) {
            // The generator sometimes slips a birth date into the future; intake would refuse such a report too.
            // Checked first: an exception inside this transaction would roll the whole load back.
            return 0;
        }
        linkage.link(REGION, List.of(subject), "DEMO", "demo-" + index);
        return 1;
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
}
