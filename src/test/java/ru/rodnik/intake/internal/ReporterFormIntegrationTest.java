package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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

/** A teacher reports through the web form and follows what became of the report. */
@RodnikIntegrationTest
class ReporterFormIntegrationTest {

    private static final Pattern FORM_ID = Pattern.compile("name=\"formId\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportFromTheFormIsStoredOnceAndShownWithItsStatus() {
        WebSession reporter = reporter();
        String formId = formId(reporter);
        List<Map.Entry<String, String>> fields = report(formId, "Вересаев");

        HttpResponse<String> sent =
                reporter.postRaw("/signals/new", WebSession.encodeRepeated(withCsrf(reporter, fields)));
        HttpResponse<String> again =
                reporter.postRaw("/signals/new", WebSession.encodeRepeated(withCsrf(reporter, fields)));

        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from signal where idempotency_key = :key")
                        .param("key", "form:" + formId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select received_by from signal where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("reporter");
        assertThat(jdbc.sql("select count(*) from signal_subject where signal_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .as("the empty person block is not sent")
                .isEqualTo(2);
        HttpResponse<String> page = reporter.get("/signals/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Получено, ожидает рассмотрения")
                .contains("Длительные пропуски занятий без уважительной причины")
                .doesNotContain("Вересаев");
        assertThat(reporter.get("/signals").body()).contains("/signals/" + id);
    }

    @Test
    void aFormWithoutAChildOrWithABadSnilsShowsTheErrorsAndStoresNothing() {
        WebSession reporter = reporter();
        String formId = formId(reporter);
        List<Map.Entry<String, String>> fields = new ArrayList<>(report(formId, "Ошибкин"));
        // The first person is the father, not a child: no child at all.
        fields.replaceAll(
                field -> field.getKey().equals("subjects[0].role") ? Map.entry(field.getKey(), "FATHER") : field);
        fields.add(Map.entry("subjects[2].snils", "112-233-445 96"));

        HttpResponse<String> refused =
                reporter.postRaw("/signals/new", WebSession.encodeRepeated(withCsrf(reporter, fields)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Укажите хотя бы одного ребёнка")
                .contains("id=\"subjects[2].snils-error\"")
                .contains("СНИЛС неверен")
                // what the reporter typed stays on the form
                .contains("value=\"Ошибкина\"");
        assertThat(jdbc.sql("select count(*) from signal where idempotency_key = :key")
                        .param("key", "form:" + formId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherPersonBlockComesOnDemand() {
        WebSession reporter = reporter();
        reporter.get("/signals/new");

        HttpResponse<String> block = reporter.get("/signals/new/subject?index=3");

        assertThat(block.statusCode()).isEqualTo(200);
        assertThat(block.body()).contains("name=\"subjects[3].lastName\"").doesNotContain("<html");
    }

    @Test
    void aReferralNamesTheOrganisationOnTheReportersPages() {
        WebSession reporter = reporter();
        HttpResponse<String> sent = reporter.postRaw(
                "/signals/new", WebSession.encodeRepeated(withCsrf(reporter, report(formId(reporter), "Гончаров"))));
        String location = sent.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        Matcher version =
                VERSION.matcher(screener.get("/screening/signals/" + id).body());
        assertThat(version.find()).as("the decision form").isTrue();
        UUID clinic = jdbc.sql("select id from organisation where short_name = 'Детская поликлиника № 1'")
                .query(UUID.class)
                .single();

        HttpResponse<String> decided = screener.post(
                "/screening/signals/" + id + "/decision",
                Map.of("decision", "REFER", "referredTo", clinic.toString(), "version", version.group(1)));

        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(reporter.get("/signals/" + id).body()).contains("Передано: Детская поликлиника № 1");
        assertThat(reporter.get("/signals").body()).contains("Передано: Детская поликлиника № 1");
    }

    private WebSession reporter() {
        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);
        return reporter;
    }

    private static String formId(WebSession reporter) {
        HttpResponse<String> form = reporter.get("/signals/new");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher id = FORM_ID.matcher(form.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** A child, an empty block, and the mother, as the form sends them. */
    private static List<Map.Entry<String, String>> report(String formId, String surname) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("formId", formId));
        fields.add(Map.entry("indicators", "SCHOOL_ABSENCE_LONG"));
        fields.add(Map.entry("indicators", "CHILD_NEGLECT_SIGNS"));
        fields.add(Map.entry("description", "Не ходит в школу третью неделю"));
        fields.add(Map.entry("subjects[0].role", "CHILD"));
        fields.add(Map.entry("subjects[0].lastName", surname));
        fields.add(Map.entry("subjects[0].firstName", "Гордей"));
        fields.add(Map.entry("subjects[0].birthDate", "2014-06-01"));
        fields.add(Map.entry("subjects[0].sex", "M"));
        fields.add(Map.entry("subjects[1].role", ""));
        fields.add(Map.entry("subjects[1].lastName", ""));
        fields.add(Map.entry("subjects[2].role", "MOTHER"));
        fields.add(Map.entry("subjects[2].lastName", surname + "а"));
        fields.add(Map.entry("subjects[2].firstName", "Инна"));
        fields.add(Map.entry("territoryCode", SignalClient.NOVOSIBIRSK));
        fields.add(Map.entry("addressText", "ул. Мира, 7"));
        fields.add(Map.entry("contactName", "Петрова А. В."));
        return fields;
    }

    private static List<Map.Entry<String, String>> withCsrf(
            WebSession session, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", session.csrf()));
        return all;
    }
}
