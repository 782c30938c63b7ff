package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;
import tools.jackson.databind.JsonNode;

/** The family centre screens signals: its queue, the four decisions, escalation, and what the reporter then sees. */
@RodnikIntegrationTest
class ScreeningIntegrationTest {

    private static final String SCHOOL = "demo-token-school";
    private static final String CENTRE = "demo-token-family-centre";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScreeningEscalation escalation;

    private SignalClient api() {
        return new SignalClient(port);
    }

    private WebSession screener() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        return screener;
    }

    @Test
    void aSignalWaitsInTheQueueOfTheCentreThatCoversItsTerritory() {
        String city = api().send(SCHOOL, api().childAndMother("Ожегов", SignalClient.NOVOSIBIRSK));
        String district = api().send(SCHOOL, api().childAndMother("Пыжов", SignalClient.LINEVO));
        WebSession screener = screener();

        String queue = screener.get("/screening").body();

        assertThat(queue)
                .contains("data-signal=\"" + city + "\"")
                .contains("Длительные пропуски занятий без уважительной причины")
                .doesNotContain(district);
        assertThat(row(queue, "data-signal=\"" + city + "\""))
                .contains("Школа № 12")
                .contains("город Новосибирск");
        assertThat(screener.get("/screening/signals/" + district).statusCode()).isEqualTo(404);
        assertThat(centreOf(district)).isEqualTo(organisation("Семейный центр (Искитим)"));
        assertThat(centreOf(city)).isEqualTo(organisation("Семейный центр (Новосибирск)"));
    }

    @Test
    void theSignalJoinsTheFamilyOfItsSubjectsAtIntake() {
        String id = api().send(SCHOOL, api().childAndMother("Тетерин", SignalClient.NOVOSIBIRSK));

        JsonNode seen = api().get(CENTRE, id);

        String family = seen.get("subjects").get(0).get("familyId").asString();
        assertThat(family).isNotBlank();
        assertThat(seen.get("subjects").get(1).get("familyId").asString()).isEqualTo(family);
        assertThat(familyOf(id)).isEqualTo(UUID.fromString(family));
        assertThat(jdbc.sql("select count(*) from family_member where family_id = :family")
                        .param("family", UUID.fromString(family))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // A second report about the same child joins the same family instead of registering another.
        String again = api().send(SCHOOL, api().childAndMother("Тетерин", SignalClient.NOVOSIBIRSK));
        assertThat(familyOf(again)).isEqualTo(UUID.fromString(family));
    }

    @Test
    void openingACaseTakesTheSignalIntoWorkAndTheReporterSeesOnlyThat() {
        String id = api().send(SCHOOL, api().childAndMother("Крылатов", SignalClient.NOVOSIBIRSK));
        WebSession screener = screener();

        HttpResponse<String> decided = decide(screener, id, Map.of("decision", "OPEN_CASE"));

        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith("/screening");
        JsonNode reporterView = api().get(SCHOOL, id);
        assertThat(reporterView.get("status").asString()).isEqualTo("IN_WORK");
        assertThat(reporterView.get("decision").get("decidedAt").asString()).isNotBlank();
        assertThat(reporterView.get("decision").has("kind")).isFalse();
        assertThat(reporterView.get("decision").has("caseId")).isFalse();
        assertThat(reporterView.has("subjects")).isFalse();
        JsonNode centreView = api().get(CENTRE, id);
        assertThat(centreView.get("decision").get("kind").asString()).isEqualTo("OPEN_CASE");
        String caseId = centreView.get("decision").get("caseId").asString();
        HttpResponse<String> casePage = screener.get("/cases/" + caseId);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains(id);
        assertThat(audited("DECIDE", id)).isEqualTo(1);

        // The next signal about the family goes to the same case; opening a second one is refused on the form.
        String next = api().send(SCHOOL, api().childAndMother("Крылатов", SignalClient.NOVOSIBIRSK));
        HttpResponse<String> refused = decide(screener, next, Map.of("decision", "OPEN_CASE"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("У семьи уже есть открытый случай");
        assertThat(statusOf(next)).isEqualTo("RECEIVED");
        assertThat(decide(screener, next, Map.of("decision", "ATTACH_TO_CASE")).statusCode())
                .isEqualTo(302);
        assertThat(api().get(CENTRE, next).get("decision").get("caseId").asString())
                .isEqualTo(caseId);
        assertThat(api().get(SCHOOL, next).get("status").asString()).isEqualTo("IN_WORK");
    }

    @Test
    void noGroundsNeedsAReasonThatTheReporterNeverSees() {
        String id = api().send(SCHOOL, api().childAndMother("Беззубов", SignalClient.NOVOSIBIRSK));
        WebSession screener = screener();

        HttpResponse<String> refused = decide(screener, id, Map.of("decision", "NO_GROUNDS", "reason", "  "));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Укажите, почему оснований нет.");
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
        assertThat(audited("DECIDE", id)).isZero();

        decide(screener, id, Map.of("decision", "NO_GROUNDS", "reason", "Ребёнок болел, справка есть"));

        assertThat(statusOf(id)).isEqualTo("NO_GROUNDS");
        HttpResponse<String> reporterView = api().fetch(SCHOOL, "/api/v1/signals/" + id);
        assertThat(reporterView.body()).contains("NO_GROUNDS").doesNotContain("справка");
        assertThat(api().get(CENTRE, id).get("decision").get("reason").asString())
                .isEqualTo("Ребёнок болел, справка есть");
    }

    @Test
    void aReferralNamesTheOrganisationToTheReporter() {
        String id = api().send(SCHOOL, api().childAndMother("Новосёлов", SignalClient.NOVOSIBIRSK));
        WebSession screener = screener();
        assertThat(decide(screener, id, Map.of("decision", "REFER")).body()).contains("Выберите организацию");
        UUID clinic = organisation("Детская поликлиника № 1");

        decide(screener, id, Map.of("decision", "REFER", "referredTo", clinic.toString()));

        JsonNode reporterView = api().get(SCHOOL, id);
        assertThat(reporterView.get("status").asString()).isEqualTo("REFERRED");
        assertThat(reporterView.get("decision").get("referredTo").get("id").asString())
                .isEqualTo(clinic.toString());
        assertThat(reporterView.get("decision").get("referredTo").get("name").asString())
                .contains("поликлиника");
        assertThat(screener.get("/screening/signals/" + id).body())
                .as("the decision names the organisation")
                .contains("Детская поликлиника № 1");
        String decided = screener.get("/screening").body();
        assertThat(row(decided, "/screening/signals/" + id + "\""))
                .as("the decided list names the reporter")
                .contains("Школа № 12");
    }

    /** The table row of a page that holds the marker. */
    private static String row(String page, String marker) {
        assertThat(page).contains(marker);
        String row = page.substring(page.lastIndexOf("<tr", page.indexOf(marker)));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    void aDecisionIsMadeOnceAndAStaleFormChangesNothing() {
        String id = api().send(SCHOOL, api().childAndMother("Одинцов", SignalClient.NOVOSIBIRSK));
        WebSession first = screener();
        WebSession second = screener();
        String staleVersion = version(second, id);
        decide(first, id, Map.of("decision", "NO_GROUNDS", "reason", "Семья переехала"));

        HttpResponse<String> late = second.post(
                "/screening/signals/" + id + "/decision", Map.of("decision", "OPEN_CASE", "version", staleVersion));

        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/screening/signals/" + id);
        assertThat(statusOf(id)).isEqualTo("NO_GROUNDS");
        assertThat(audited("DECIDE", id)).isEqualTo(1);
    }

    @Test
    void anOverdueSignalIsEscalatedOnceAndHighlighted() {
        String id = api().send(SCHOOL, api().childAndMother("Запоздалов", SignalClient.NOVOSIBIRSK));
        jdbc.sql("update signal set screening_due_at = :due where id = :id")
                .param("due", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
                .param("id", UUID.fromString(id))
                .update();

        escalation.escalate();
        escalation.escalate();

        assertThat(audited("ESCALATE", id)).isEqualTo(1);
        assertThat(jdbc.sql("select escalated_at is not null from signal where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        String queue = screener().get("/screening").body();
        assertThat(row(queue, "data-signal=\"" + id + "\""))
                .contains("overdue")
                .contains("просрочено")
                .contains("Передан руководителю");
    }

    @Test
    void reportersAndPartnerAgenciesCannotScreen() {
        String id = api().send(SCHOOL, api().childAndMother("Сторонний", SignalClient.NOVOSIBIRSK));
        for (String user : new String[] {"reporter", "agency", "specialist"}) {
            WebSession session = WebSession.on(port);
            session.login(user, DemoAccounts.PASSWORD);
            assertThat(session.get("/screening").statusCode()).as(user).isEqualTo(403);
            assertThat(session.get("/screening/signals/" + id).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);
        assertThat(reporter.get("/families/" + familyOf(id)).statusCode()).isEqualTo(403);
        // The school's system sent it, not this teacher: a user sees only what they sent.
        assertThat(reporter.get("/signals/" + id).statusCode()).isEqualTo(404);
        assertThat(api().fetch("demo-token-clinic", "/api/v1/signals/" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPartnerSystemPollsWhatBecameOfItsSignals() {
        String kindergarten = "demo-token-kindergarten";
        String before = drained(kindergarten);
        String first = api().send(kindergarten, api().childAndMother("Опросов", SignalClient.NOVOSIBIRSK));
        String second = api().send(kindergarten, api().childAndMother("Запросов", SignalClient.NOVOSIBIRSK));
        JsonNode all = feed(kindergarten, "?cursor=" + before);
        String cursor = all.get("nextCursor").asString();
        assertThat(ids(all)).containsExactly(first, second);
        JsonNode one = feed(kindergarten, "?limit=1&cursor=" + before);
        assertThat(ids(one)).containsExactly(first);
        assertThat(ids(feed(kindergarten, "?cursor=" + one.get("nextCursor").asString())))
                .containsExactly(second);

        decide(screener(), first, Map.of("decision", "NO_GROUNDS", "reason", "Проверено"));

        JsonNode changed = feed(kindergarten, "?cursor=" + cursor);
        assertThat(ids(changed)).containsExactly(first);
        assertThat(changed.get("signals").get(0).get("status").asString()).isEqualTo("NO_GROUNDS");
        assertThat(changed.toString()).doesNotContain("Проверено");
        assertThat(feed(kindergarten, "?cursor=" + changed.get("nextCursor").asString())
                        .get("signals"))
                .isEmpty();
        assertThat(api().fetch(kindergarten, "/api/v1/signals?cursor=yesterday").statusCode())
                .isEqualTo(422);
        assertThat(api().fetch(kindergarten, "/api/v1/signals?limit=0").statusCode())
                .isEqualTo(422);
    }

    /** The cursor after everything the organisation has reported so far. */
    private String drained(String token) {
        JsonNode page = feed(token, "?limit=500");
        while (page.get("signals").size() == 500) {
            page = feed(token, "?limit=500&cursor=" + page.get("nextCursor").asString());
        }
        JsonNode next = page.get("nextCursor");
        return next == null || next.isNull() ? "" : next.asString();
    }

    private JsonNode feed(String token, String query) {
        HttpResponse<String> response = api().fetch(token, "/api/v1/signals" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api().read(response);
    }

    private static java.util.List<String> ids(JsonNode feed) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        feed.get("signals").forEach(signal -> ids.add(signal.get("id").asString()));
        return ids;
    }

    private HttpResponse<String> decide(WebSession screener, String id, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("version", version(screener, id));
        return screener.post("/screening/signals/" + id + "/decision", form);
    }

    private static String version(WebSession screener, String id) {
        HttpResponse<String> page = screener.get("/screening/signals/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher version = VERSION.matcher(page.body());
        assertThat(version.find()).as("the decision form").isTrue();
        return version.group(1);
    }

    private String statusOf(String id) {
        return jdbc.sql("select status from signal where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
    }

    private UUID familyOf(String id) {
        return jdbc.sql("select family_id from signal where id = :id")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single();
    }

    private UUID centreOf(String id) {
        return jdbc.sql("select family_centre_id from signal where id = :id")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single();
    }

    private UUID organisation(String shortName) {
        return jdbc.sql("select id from organisation where short_name = :name")
                .param("name", shortName)
                .query(UUID.class)
                .single();
    }

    private long audited(String action, String id) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :id")
                .param("action", action)
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
