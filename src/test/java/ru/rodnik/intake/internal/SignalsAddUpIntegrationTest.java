package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.Eventually;
import ru.rodnik.support.RodnikIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * From intake to early warning through the event registry: a school's signal alone is a weak one; the clinic's about
 * the same family lifts the family over the threshold, and the explanation names both agencies.
 */
@RodnikIntegrationTest
class SignalsAddUpIntegrationTest {

    private static final String CENTRE = "demo-token-family-centre";

    @LocalServerPort
    int port;

    @Test
    void twoAgenciesAboutOneFamilyFlagItAndSayWhy() {
        SignalClient api = new SignalClient(port);
        String school = api.send(
                "demo-token-school", api.childAndMother("Двоеглазов", SignalClient.NOVOSIBIRSK, "SCHOOL_ABSENCE_LONG"));
        String family =
                api.get(CENTRE, school).get("subjects").get(0).get("familyId").asString();
        JsonNode alone = warningWith(api, family, 1);
        assertThat(alone.get("flagged").asBoolean()).isFalse();

        String clinic = api.send(
                "demo-token-clinic",
                api.childAndMother("Двоеглазов", SignalClient.NOVOSIBIRSK, "TREATMENT_NOT_FOLLOWED"));

        assertThat(api.get(CENTRE, clinic)
                        .get("subjects")
                        .get(0)
                        .get("familyId")
                        .asString())
                .isEqualTo(family);
        JsonNode together = warningWith(api, family, 2);
        assertThat(together.get("flagged").asBoolean()).isTrue();
        assertThat(together.get("score").asDouble())
                .isGreaterThan(alone.get("score").asDouble());
        List<String> agencies = new ArrayList<>();
        together.get("agencies").forEach(agency -> agencies.add(agency.asString()));
        assertThat(agencies).contains("SCHOOL", "CLINIC");
        List<String> signals = new ArrayList<>();
        together.get("contributions").forEach(c -> signals.add(c.get("signalId").asString()));
        assertThat(signals).contains(school, clinic);
    }

    /** The family's warning once it counts {@code signals} signals: scoring runs after intake's commit. */
    private static JsonNode warningWith(SignalClient api, String family, int signals) {
        return Eventually.value("the warning of family " + family + " counting " + signals + " signals", () -> {
            HttpResponse<String> response = api.fetch(CENTRE, "/api/v1/families/" + family + "/warning");
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode warning = api.read(response);
            java.util.Set<String> counted = new java.util.HashSet<>();
            warning.get("contributions")
                    .forEach(c -> counted.add(c.get("signalId").asString()));
            return counted.size() >= signals ? Optional.of(warning) : Optional.empty();
        });
    }
}
