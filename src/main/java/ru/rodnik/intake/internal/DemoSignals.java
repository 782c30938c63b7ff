package ru.rodnik.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.SystemActor;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;

/**
 * On the first demo start, partner agencies report about some of the demo families, as their systems would through
 * the API: single weak signals, the same family seen by two or three agencies (early warning flags it), a police
 * report of a threat to a child. The screening queue, the reporters' statuses and the "needs attention" list then
 * have something real to show. The families are the demo registry's (same seed), so every signal joins one. Tests
 * that count every signal of a database turn it off ({@code RODNIK_DEMO_SIGNALS=false}).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "rodnik.demo.signals", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoSignals implements ApplicationRunner {

    static final String REGION = "50000000";
    static final int FAMILIES = 24;

    /** Who reports about the i-th family, by i modulo the number of patterns. */
    private static final List<List<OrganisationKind>> PATTERNS = List.of(
            List.of(OrganisationKind.SCHOOL),
            List.of(OrganisationKind.SCHOOL, OrganisationKind.CLINIC),
            List.of(OrganisationKind.POLICE),
            List.of(OrganisationKind.HOTLINE),
            List.of(OrganisationKind.CLINIC, OrganisationKind.SOCIAL_PROTECTION, OrganisationKind.SCHOOL),
            List.of(OrganisationKind.KINDERGARTEN));

    private static final Logger log = LoggerFactory.getLogger(DemoSignals.class);

    private final SignalIntake intake;
    private final IndicatorCatalogue catalogue;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SystemActor system;

    DemoSignals(
            SignalIntake intake,
            IndicatorCatalogue catalogue,
            Directory directory,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            SystemActor system) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer sent = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('rodnik.demo-signals'))")
                    .query(Object.class)
                    .optional();
            if (jdbc.sql("select count(*) from signal where region_code = :region")
                            .param("region", REGION)
                            .query(Long.class)
                            .single()
                    > 0) {
                return 0;
            }
            return report();
        });
        if (sent != null && sent > 0) {
            log.info("Demo signals reported: {}", sent);
        }
    }

    private int report() {
        Map<OrganisationKind, Organisation> reporters = directory.organisations().stream()
                .filter(o -> o.regionCode().equals(REGION) && o.enabled())
                .sorted(Comparator.comparing(Organisation::name))
                .collect(Collectors.toMap(Organisation::kind, Function.identity(), (first, other) -> first));
        var generator = new SyntheticRegionGenerator(
                SyntheticRegionGenerator.Settings.of(SyntheticRegionGenerator.DEMO_SEED, FAMILIES));
        int sent = 0;
        for (int i = 0; i < FAMILIES; i++) {
            SyntheticFamily family = generator.family(i).family();
            for (OrganisationKind kind : PATTERNS.get(i % PATTERNS.size())) {
                Organisation reporter = reporters.get(kind);
                if (reporter != null) {
                    SignalReport report = report(family, kind, i);
                    String key = "demo-" + i + "-" + kind.slug();
                    as(reporter, () -> intake.receive(report, key));
                    sent++;
                }
            }
        }
        return sent;
    }

    private SignalReport report(SyntheticFamily family, OrganisationKind kind, int index) {
        boolean threat = kind == OrganisationKind.POLICE;
        List<Indicator> typical = catalogue.all().stream()
                .filter(i -> i.group() == IndicatorGroup.typicalOf(kind) && i.immediate() == threat)
                .sorted(Comparator.comparing(Indicator::code))
                .toList();
        List<String> indicators = new ArrayList<>();
        indicators.add(typical.get(index % typical.size()).code());
        if (!threat && typical.size() > 1) {
            indicators.add(typical.get((index + 1) % typical.size()).code());
        }
        List<SignalReport.ReportedSubject> subjects = new ArrayList<>();
        family.withRole(SyntheticFamily.Role.CHILD).stream()
                .limit(2)
                .forEach(child -> subjects.add(subject("CHILD", child)));
        family.members().stream()
                .filter(m -> m.role() == SyntheticFamily.Role.MOTHER || m.role() == SyntheticFamily.Role.FATHER)
                .findFirst()
                .ifPresent(parent -> subjects.add(subject(parent.role().name(), parent.person())));
        return new SignalReport(
                null,
                threat ? "IMMEDIATE" : "STANDARD",
                indicators,
                null,
                subjects,
                new SignalReport.ReportedAddress(family.addressText(), family.territoryCode()),
                null);
    }

    private static SignalReport.ReportedSubject subject(String role, SyntheticPerson person) {
        return new SignalReport.ReportedSubject(
                role,
                person.lastName(),
                person.firstName(),
                person.patronymic(),
                person.birthDate().toString(),
                person.sex().name(),
                person.snils(),
                person.birthCertificate());
    }

    /** Acts as the organisation's API client would: the signal is the organisation's, audited as its system's. */
    private void as(Organisation reporter, Runnable work) {
        var client = new ApiClientPrincipal(
                UUID.nameUUIDFromBytes(
                        ("demo-client-" + reporter.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "demo",
                reporter.id(),
                reporter.kind().name(),
                reporter.territoryCode(),
                reporter.regionCode());
        system.runAs(client.authentication(), work);
    }
}
