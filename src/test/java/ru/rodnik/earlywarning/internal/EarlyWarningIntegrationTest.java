package ru.rodnik.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.FamilyFlagged;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.earlywarning.ScoringRule;
import ru.rodnik.intake.ReportedIndicator;
import ru.rodnik.intake.SignalJoinedFamily;
import ru.rodnik.intake.Urgency;
import ru.rodnik.platform.EventRedelivery;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.Eventually;
import ru.rodnik.support.ProblemResponses;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signals joining a family reach early warning through the event publication registry, after intake's transaction,
 * and the family appears on the region's "needs attention" list and in the family centre's API.
 */
@RodnikIntegrationTest
@RecordApplicationEvents
class EarlyWarningIntegrationTest {

    private static final String DEMO_REGION = "50000000";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ReportedIndicator NEGLECT = new ReportedIndicator(
            "CHILD_NEGLECT_SIGNS", "SCHOOL", 5, false, "Признаки пренебрежения нуждами ребёнка", "Signs of neglect");
    static final ReportedIndicator ABSENCE = new ReportedIndicator(
            "SCHOOL_ABSENCE_LONG",
            "SCHOOL",
            4,
            false,
            "Длительные пропуски занятий без уважительной причины",
            "Long unexplained absence from school");
    private static final ReportedIndicator MALNUTRITION = new ReportedIndicator(
            "MALNUTRITION",
            "HEALTH",
            6,
            false,
            "Признаки истощения, отставание в росте и весе",
            "Signs of malnutrition, faltering growth");

    @LocalServerPort
    int port;

    @Autowired
    Registry registry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    FamilyWarningRepository warnings;

    @Autowired
    DailyRecomputation daily;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyScoring scoring;

    @Autowired
    ApplicationEvents published;

    private FamilyId family;
    private SignalJoinedFamily fromSchool;
    private SignalJoinedFamily fromClinic;

    @BeforeEach
    void aFamilyWithSignalsFromASchoolAndAClinic() {
        family = familyOf(DEMO_REGION, "Сигналова");
        Instant now = Instant.now();
        fromSchool = signal(family, OrganisationKind.SCHOOL, now.minus(Duration.ofDays(5)), NEGLECT, ABSENCE);
        fromClinic = signal(family, OrganisationKind.CLINIC, now.minus(Duration.ofDays(2)), MALNUTRITION);
        publish(fromSchool);
        publish(fromClinic);
        Eventually.value(
                "both signals scored",
                () -> warnings.current(family)
                        .filter(w -> w.explanation().signals().size() == 2));
    }

    @Test
    void theScreenerSeesTheFamilyWithBothAgenciesAndWhy() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);

        HttpResponse<String> page = screener.get("/attention");

        assertThat(page.statusCode()).isEqualTo(200);
        String card = cardOf(page.body(), family);
        assertThat(card)
                .contains("Сигналова Анна")
                .contains("data-agency=\"SCHOOL\"")
                .contains("data-agency=\"CLINIC\"")
                .contains("data-signal=\"" + fromSchool.signalId() + "\"")
                .contains("data-signal=\"" + fromClinic.signalId() + "\"")
                .contains("data-rule=\"MULTI_AGENCY\"")
                .contains("Признаки истощения")
                .contains("href=\"/families/" + family + "\"")
                .contains("href=\"/attention/families/" + family + "\"");
        assertThat(page.body()).contains("href=\"/attention\"");
        assertThat(audited("screener", "early warning: needs attention")).isPositive();
    }

    @Test
    void theListIsInEnglishToo() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);

        String card = cardOf(screener.get("/attention?lang=en").body(), family);

        assertThat(card).contains("Signs of malnutrition").contains("Signals from different agencies within 90 days");
    }

    @Test
    void theHistoryShowsEachChangeWithItsExplanation() {
        WebSession supervisor = WebSession.on(port);
        supervisor.login("supervisor", DemoAccounts.PASSWORD);

        HttpResponse<String> page = supervisor.get("/attention/families/" + family);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Сигналова Анна")
                .contains("<svg class=\"score-chart\"")
                .contains("data-testid=\"changes\"")
                .contains("data-rule=\"MULTI_AGENCY\"");
        // one change per signal: the school's alone, then both with the multi-agency rule
        assertThat(warnings.history(family, 10)).hasSize(2);
        assertThat(audited("supervisor", "early warning: history")).isPositive();
    }

    /** A history point is the score as it was stored at that moment, with the signal that caused it, or none. */
    @Test
    void eachHistoryPointIsTheScoreAsStoredThen() {
        var stored = warnings.current(family).orElseThrow();
        assertThat(warnings.lastChange(family).orElseThrow()).satisfies(point -> {
            assertThat(point.computedAt()).isEqualTo(stored.computedAt());
            assertThat(point.score()).isEqualTo(stored.score());
            assertThat(point.flagged()).isEqualTo(stored.flagged());
            assertThat(point.explanation()).isEqualTo(stored.explanation());
            assertThat(point.triggerSignal()).isIn(fromSchool.signalId(), fromClinic.signalId());
        });

        Explanation before = stored.explanation();
        Explanation later = new Explanation(
                stored.computedAt().plus(Duration.ofHours(1)),
                stored.score() - 1.5,
                !stored.flagged(),
                before.parameters(),
                before.contributions().subList(1, before.contributions().size()),
                List.of());
        warnings.save(family, stored.regionCode(), later, later.at(), true, null);

        assertThat(warnings.history(family, 10)).hasSize(3).first().satisfies(point -> {
            assertThat(point.computedAt()).isEqualTo(later.at());
            assertThat(point.score()).isEqualTo(later.score());
            assertThat(point.flagged()).isEqualTo(later.flagged());
            assertThat(point.explanation()).isEqualTo(later);
            assertThat(point.triggerSignal()).isNull();
        });
    }

    @Test
    void reportersAndPartnerAgenciesAreRefused() {
        for (String username : new String[] {"reporter", "agency", "specialist", "analyst"}) {
            WebSession session = WebSession.on(port);
            session.login(username, DemoAccounts.PASSWORD);
            assertThat(session.get("/attention").statusCode()).as(username).isEqualTo(403);
            assertThat(session.get("/attention/families/" + family).statusCode())
                    .as(username)
                    .isEqualTo(403);
        }
    }

    @Test
    void aFamilyOfAnotherRegionIsNotFound() {
        FamilyId elsewhere = familyOf("01000000", "Чужедальняя");
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);

        assertThat(screener.get("/attention/families/" + elsewhere).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        publish(fromSchool);
        // A completed publication is deleted: none left of the event means its second delivery completed too.
        Eventually.holds("the second delivery of the same event completed", () -> publications(fromSchool) == 0);

        var current = warnings.current(family).orElseThrow();
        assertThat(current.explanation().signals())
                .containsExactlyInAnyOrder(fromSchool.signalId(), fromClinic.signalId());
        assertThat(current.explanation().contributions()).hasSize(3);
        assertThat(warnings.history(family, 10))
                .filteredOn(point -> fromSchool.signalId().equals(point.triggerSignal()))
                .hasSize(1);
    }

    /** The family centre hears of a family once, when it is flagged; not again with every signal that follows. */
    @Test
    void aFamilyIsAnnouncedAsFlaggedOnceWhenItCrossesTheThreshold() {
        FamilyId crossing = familyOf(DEMO_REGION, "Порогова");
        Instant now = Instant.now();

        scoring.signalJoined(
                signal(crossing, OrganisationKind.SCHOOL, now.minus(Duration.ofDays(5)), NEGLECT, ABSENCE));
        assertThat(warnings.current(crossing).orElseThrow().flagged()).isFalse();
        assertThat(flaggedEvents(crossing)).isEmpty();

        scoring.signalJoined(signal(crossing, OrganisationKind.CLINIC, now.minus(Duration.ofDays(2)), MALNUTRITION));
        var flagged = warnings.current(crossing).orElseThrow();
        assertThat(flagged.flagged()).isTrue();
        assertThat(flaggedEvents(crossing)).singleElement().satisfies(event -> {
            assertThat(event.regionCode()).isEqualTo(DEMO_REGION);
            assertThat(event.score()).isEqualTo(flagged.score());
        });

        scoring.signalJoined(signal(crossing, OrganisationKind.POLICE, now.minus(Duration.ofDays(1)), MALNUTRITION));
        assertThat(warnings.current(crossing).orElseThrow().flagged()).isTrue();
        assertThat(flaggedEvents(crossing)).hasSize(1);
    }

    /**
     * A node died after intake committed and before scoring did: nothing of the signal is stored here, and the
     * staleness monitor has marked the publication failed. The resubmission delivers it again.
     */
    @Test
    void aDeliveryLostInACrashIsMadeAgain() {
        SignalJoinedFamily lost =
                signal(family, OrganisationKind.POLICE, Instant.now().minus(Duration.ofDays(1)), MALNUTRITION);
        // The publication as intake's transaction stored it, before the listener completed and deleted it.
        Map<String, Object> stored = new TransactionTemplate(transactions).execute(status -> {
            events.publishEvent(lost);
            return jdbc.sql("""
                            select listener_id, event_type, serialized_event from event_publication
                            where serialized_event like :signal""")
                    .param("signal", "%" + lost.signalId() + "%")
                    .query()
                    .singleRow();
        });
        Eventually.value(
                "the signal scored",
                () -> warnings.current(family)
                        .filter(w -> w.explanation().signals().contains(lost.signalId())));
        jdbc.sql("delete from warning_signal_indicator where signal_id = :signal")
                .param("signal", lost.signalId())
                .update();
        jdbc.sql("delete from warning_signal where signal_id = :signal")
                .param("signal", lost.signalId())
                .update();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event,
                            publication_date, status, completion_attempts)
                        values (:id, :listener, :type, :event, now() - interval '1 hour', 'FAILED', 1)
                        """)
                .param("id", UUID.randomUUID())
                .param("listener", stored.get("listener_id"))
                .param("type", stored.get("event_type"))
                .param("event", stored.get("serialized_event"))
                .update();

        redelivery.redeliverFailed();

        Eventually.holds(
                "the signal stored again",
                () -> jdbc.sql("select count(*) from warning_signal where signal_id = :signal")
                                .param("signal", lost.signalId())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void theFamilyCentreReadsTheScoreThroughTheApi() throws Exception {
        HttpResponse<String> response = api("demo-token-family-centre", "/api/v1/families/" + family + "/warning");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode warning = JSON.readTree(response.body());
        assertThat(warning.get("familyId").asString()).isEqualTo(family.toString());
        assertThat(warning.get("flagged").asBoolean()).isTrue();
        assertThat(warning.get("score").asDouble()).isGreaterThanOrEqualTo(ScoringParameters.DEFAULTS.threshold());
        assertThat(warning.get("threshold").asDouble()).isEqualTo(ScoringParameters.DEFAULTS.threshold());
        assertThat(warning.get("contributions")
                        .valueStream()
                        .map(c -> c.get("signalId").asString())
                        .distinct())
                .containsExactlyInAnyOrder(
                        fromSchool.signalId().toString(), fromClinic.signalId().toString());
        JsonNode rule = warning.get("rules").get(0);
        assertThat(rule.get("code").asString()).isEqualTo(ScoringRule.MULTI_AGENCY.name());
        assertThat(rule.get("textRu").asString()).contains("Школа").contains("Детская поликлиника");
        assertThat(rule.get("textEn").asString()).contains("different agencies");
        assertThat(audited("api:", "early warning: score")).isPositive();
    }

    @Test
    void otherTokensAreRefusedAndUnknownFamiliesAreNotFound() throws Exception {
        ProblemResponses.assertProblem(api("demo-token-school", "/api/v1/families/" + family + "/warning"), 403);
        ProblemResponses.assertProblem(api("demo-token-police", "/api/v1/families/" + family + "/warning"), 403);
        ProblemResponses.assertProblem(
                api("demo-token-family-centre", "/api/v1/families/" + UUID.randomUUID() + "/warning"), 404);
        FamilyId elsewhere = familyOf("01000000", "Чужедальняя");
        ProblemResponses.assertProblem(
                api("demo-token-family-centre", "/api/v1/families/" + elsewhere + "/warning"), 404);
    }

    @Test
    void aFamilyWithoutSignalsScoresZero() throws Exception {
        FamilyId quiet = familyOf(DEMO_REGION, "Тихонова");

        JsonNode warning = JSON.readTree(api("demo-token-family-centre", "/api/v1/families/" + quiet + "/warning")
                .body());

        assertThat(warning.get("score").asDouble()).isZero();
        assertThat(warning.get("flagged").asBoolean()).isFalse();
        assertThat(warning.get("contributions").isEmpty()).isTrue();
    }

    @Test
    void theDailyRecomputationIsDoneByOneNodeAndScoresStaleFamiliesAgain() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update family_warning set computed_at = :at where family_id = :family")
                .param("at", java.sql.Timestamp.from(longAgo))
                .param("family", family.value())
                .update();
        try (Connection otherNode = dataSource.getConnection()) {
            lock(otherNode, "pg_advisory_lock");
            assertThat(daily.recompute()).isEqualTo(-1);
            assertThat(warnings.current(family).orElseThrow().computedAt()).isEqualTo(longAgo);
            lock(otherNode, "pg_advisory_unlock");
        }

        assertThat(daily.recompute()).isPositive();
        assertThat(warnings.current(family).orElseThrow().computedAt()).isAfter(longAgo);
    }

    @Test
    void onlyTheListenersTransactionCommitsWithoutWaitingForTheDisk() {
        String inside = new TransactionTemplate(transactions).execute(status -> {
            warnings.commitWithoutWaitingForTheDisk();
            return jdbc.sql("select current_setting('synchronous_commit')")
                    .query(String.class)
                    .single();
        });
        String after = new TransactionTemplate(transactions)
                .execute(status -> jdbc.sql("select current_setting('synchronous_commit')")
                        .query(String.class)
                        .single());

        assertThat(inside).isEqualTo("off");
        assertThat(after).isEqualTo("on");
    }

    private static void lock(Connection connection, String function) throws Exception {
        try (PreparedStatement statement =
                connection.prepareStatement("select " + function + "(hashtextextended(?, 0))")) {
            statement.setString(1, "rodnik.earlywarning.recompute");
            statement.execute();
        }
    }

    private FamilyId familyOf(String region, String surname) {
        String unique = surname + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "");
        PersonId child = registry.registerPerson(
                region, new PersonDetails(surname, "Анна", null, LocalDate.of(2017, 4, 9), Sex.F, null, null, null));
        PersonId mother = registry.registerPerson(
                region,
                new PersonDetails(surname, "Ольга", "Петровна", LocalDate.of(1990, 2, 1), Sex.F, null, null, null));
        FamilyId id = registry.registerFamily(region, null, unique);
        registry.addMember(id, child, FamilyRole.CHILD, null);
        registry.addMember(id, mother, FamilyRole.MOTHER, null);
        return id;
    }

    private static SignalJoinedFamily signal(
            FamilyId family, OrganisationKind agency, Instant receivedAt, ReportedIndicator... indicators) {
        return new SignalJoinedFamily(
                UUID.randomUUID(),
                DEMO_REGION,
                family,
                UUID.randomUUID(),
                agency,
                Urgency.STANDARD,
                receivedAt,
                List.of(indicators));
    }

    private List<FamilyFlagged> flaggedEvents(FamilyId of) {
        return published.stream(FamilyFlagged.class)
                .filter(event -> event.familyId().equals(of))
                .toList();
    }

    private void publish(SignalJoinedFamily event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private long publications(SignalJoinedFamily event) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :signal")
                .param("signal", "%" + event.signalId() + "%")
                .query(Long.class)
                .single();
    }

    private long audited(String actorPrefix, String details) {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where actor like :actor and action = 'READ' and subject_type = 'FAMILY'
                          and subject_id = :family and details = :details
                        """)
                .param("actor", actorPrefix + "%")
                .param("family", family.toString())
                .param("details", details)
                .query(Long.class)
                .single();
    }

    /** The list item of one family, so that assertions do not pick up another test's family. */
    private static String cardOf(String page, FamilyId family) {
        int start = page.indexOf("data-family=\"" + family + "\"");
        assertThat(start).as("the family is listed").isNotNegative();
        int next = page.indexOf("data-family=\"", start + 1);
        int listEnd = page.indexOf("</ol>", start);
        return page.substring(start, next < 0 ? listEnd : Math.min(next, listEnd));
    }

    private HttpResponse<String> api(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
