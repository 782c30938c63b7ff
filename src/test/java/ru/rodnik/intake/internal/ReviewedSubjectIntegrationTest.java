package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A subject waiting for review: the signal learns who it is once a screener says so, and then joins the family. */
@RodnikIntegrationTest
class ReviewedSubjectIntegrationTest {

    private static final String SCHOOL = "demo-token-school";
    private static final String CENTRE = "demo-token-family-centre";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConfirmedMotherBringsTheSignalAndItsNewChildIntoHerFamily() throws Exception {
        SignalClient api = new SignalClient(port);
        String first = api.send(SCHOOL, api.childAndMother("Ракитин", SignalClient.NOVOSIBIRSK));
        JsonNode firstSeen = api.get(CENTRE, first);
        String family = firstSeen.get("subjects").get(0).get("familyId").asString();
        String mother = firstSeen.get("subjects").get(1).get("personId").asString();
        // Another child of hers, reported with her maiden name: linkage cannot be sure it is her.
        ObjectNode second = api.childAndMother("Ракитин", SignalClient.NOVOSIBIRSK);
        ((ObjectNode) second.get("subjects").get(0))
                .put("firstName", "Всеволод")
                .put("birthDate", "2019-09-30");
        ((ObjectNode) second.get("subjects").get(1)).put("lastName", "Гречко");
        String id = api.send(SCHOOL, second);
        JsonNode pending = api.get(CENTRE, id);
        assertThat(pending.get("subjects").get(1).get("match").asString())
                .as("precondition: the maiden name waits for review")
                .isEqualTo("NEEDS_REVIEW");
        assertThat(pending.get("subjects").get(0).get("familyId").isNull())
                .as("no family is registered while the review may still find it")
                .isTrue();

        String decision = jdbc.sql("select decision_id from signal_subject where signal_id = :id and position = 1")
                .param("id", UUID.fromString(id))
                .query(UUID.class)
                .single()
                .toString();
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        screener.get("/linkage/reviews/" + decision);
        int version = jdbc.sql("select version from match_decision where id = :id")
                .param("id", UUID.fromString(decision))
                .query(Integer.class)
                .single();
        assertThat(screener.post(
                                "/linkage/reviews/" + decision + "/confirm",
                                Map.of("personId", mother, "version", String.valueOf(version)))
                        .statusCode())
                .isEqualTo(302);

        JsonNode resolved = awaitMatch(api, id, "CONFIRMED");
        assertThat(resolved.get("subjects").get(1).get("personId").asString()).isEqualTo(mother);
        assertThat(resolved.get("subjects").get(1).get("familyId").asString()).isEqualTo(family);
        assertThat(resolved.get("subjects").get(0).get("familyId").asString()).isEqualTo(family);
        assertThat(jdbc.sql("select count(*) from family_member where family_id = :family and role = 'CHILD'")
                        .param("family", UUID.fromString(family))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    /** The review's consequence runs after its commit, from the event registry: wait for it, but not forever. */
    private static JsonNode awaitMatch(SignalClient api, String id, String match) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode seen = api.get(CENTRE, id);
        while (!match.equals(seen.get("subjects").get(1).get("match").asString())
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            seen = api.get(CENTRE, id);
        }
        assertThat(seen.get("subjects").get(1).get("match").asString()).isEqualTo(match);
        return seen;
    }
}
