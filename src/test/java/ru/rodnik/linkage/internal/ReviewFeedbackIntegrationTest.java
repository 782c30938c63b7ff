package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** What a screener decides on review is remembered: the same spelling is linked without asking next time. */
@RodnikIntegrationTest
class ReviewFeedbackIntegrationTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(1993, 10, 2);

    @LocalServerPort
    int port;

    @Autowired
    Linkage linkage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConfirmedSpellingLinksAutomaticallyNextTime() {
        SubjectLink mother = link("Кравцова", "Полина", "feedback-1");
        assertThat(mother.status()).isEqualTo(LinkStatus.NEW_PERSON);
        // Her maiden name, as a clinic still has it.
        SubjectLink maiden = link("Гречко", "Полина", "feedback-2");
        assertThat(maiden.status()).as("precondition").isEqualTo(LinkStatus.NEEDS_REVIEW);

        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        assertThat(screener.get("/linkage/reviews/" + maiden.decisionId()).statusCode())
                .isEqualTo(200);
        int version = jdbc.sql("select version from match_decision where id = :id")
                .param("id", maiden.decisionId())
                .query(Integer.class)
                .single();
        var confirmed = screener.post(
                "/linkage/reviews/" + maiden.decisionId() + "/confirm",
                Map.of("personId", mother.person().toString(), "version", String.valueOf(version)));
        assertThat(confirmed.statusCode()).isEqualTo(302);

        SubjectLink again = link("Гречко", "Полина", "feedback-3");
        assertThat(again.status()).isEqualTo(LinkStatus.AUTO_LINKED);
        assertThat(again.person()).isEqualTo(mother.person());
    }

    @Test
    void aStaleConfirmationIsRefusedAndChangesNothing() {
        SubjectLink known = link("Белкина", "Ульяна", "feedback-4");
        SubjectLink unclear = link("Зайцева", "Ульяна", "feedback-5");
        assertThat(unclear.status()).as("precondition").isEqualTo(LinkStatus.NEEDS_REVIEW);
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        screener.get("/linkage/reviews/" + unclear.decisionId());
        var stale = screener.post(
                "/linkage/reviews/" + unclear.decisionId() + "/confirm",
                Map.of("personId", known.person().toString(), "version", "7"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select outcome from match_decision where id = :id")
                        .param("id", unclear.decisionId())
                        .query(String.class)
                        .single())
                .isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void rejectingEveryCandidateRegistersANewPerson() {
        link("Ершова", "Кира", "feedback-6");
        SubjectLink unclear = link("Фомина", "Кира", "feedback-7");
        assertThat(unclear.status()).as("precondition").isEqualTo(LinkStatus.NEEDS_REVIEW);
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        screener.get("/linkage/reviews/" + unclear.decisionId());
        var rejected = screener.post("/linkage/reviews/" + unclear.decisionId() + "/reject", Map.of("version", "0"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("select outcome, person_id from match_decision where id = :id")
                .param("id", unclear.decisionId())
                .query()
                .singleRow();
        assertThat(row).containsEntry("outcome", "REJECTED");
        assertThat(row.get("person_id")).isNotNull();
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(persons + 1);
        assertThat(jdbc.sql("select last_name from person where id = :id")
                        .param("id", row.get("person_id"))
                        .query(String.class)
                        .single())
                .isEqualTo("Фомина");
    }

    @Test
    void onlyScreenersAndSupervisorsSeeTheQueue() {
        for (String username : new String[] {"reporter", "specialist", "curator", "agency", "admin"}) {
            WebSession session = WebSession.on(port);
            session.login(username, DemoAccounts.PASSWORD);
            assertThat(session.get("/linkage/reviews").statusCode())
                    .as(username)
                    .isEqualTo(403);
        }
        WebSession supervisor = WebSession.on(port);
        supervisor.login("supervisor", DemoAccounts.PASSWORD);
        assertThat(supervisor.get("/linkage/reviews").statusCode()).isEqualTo(200);
    }

    private SubjectLink link(String lastName, String firstName, String ref) {
        var details = new PersonDetails(lastName, firstName, "Андреевна", BIRTH_DATE, Sex.F, null, null, null);
        var subject = new Subject(FamilyRole.MOTHER, details, "50708000", null);
        return linkage.link("50000000", List.of(subject), "TEST", ref).get(0);
    }
}
