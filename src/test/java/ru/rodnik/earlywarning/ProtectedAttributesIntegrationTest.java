package ru.rodnik.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rodnik.support.RodnikIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The score's only inputs are agency kinds, dates and indicators (see {@code ScoringRulesTest}); this checks the
 * indicators. Any indicator of the catalogue in force whose code or label names a protected trait — nationality,
 * ethnicity, language, religion, citizenship or migration, disability — must be one the scoring never counts, or one
 * reviewed below as a need of the child. A new catalogue version that adds such an indicator fails here until someone
 * decides.
 */
@RodnikIntegrationTest
class ProtectedAttributesIntegrationTest {

    private static final Pattern PROTECTED = Pattern.compile(
            "национальн|этнич|расов|религи|вероиспов|язык|гражданств|мигра|инвалид"
                    + "|nationalit|ethnic|\\brace\\b|religio|faith|language|citizenship|migra|disab",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Indicators that match the pattern and are scored on purpose, with the reason. */
    private static final Map<String, String> REVIEWED = Map.of(
            "CHILD_DISABILITY_UNSUPPORTED",
            "the child lacks the help a disability needs: the child's unmet need, not a trait of the parents");

    @LocalServerPort
    int port;

    @Test
    void everyIndicatorNamingAProtectedTraitIsNeverScoredOrReviewed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/reference/indicators"))
                .header("Authorization", "Bearer demo-token-school")
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> catalogue = JsonMapper.builder()
                .build()
                .readTree(response.body())
                .valueStream()
                .toList();
        assertThat(catalogue).isNotEmpty();

        List<String> naming = catalogue.stream()
                .filter(indicator -> PROTECTED
                        .matcher(indicator.get("code").asString() + " "
                                + indicator.get("labelRu").asString() + " "
                                + indicator.get("labelEn").asString())
                        .find())
                .map(indicator -> indicator.get("code").asString())
                .toList();

        assertThat(naming)
                .as("indicators naming a protected trait")
                .allSatisfy(code -> assertThat(ScoringRules.NEVER_SCORED.contains(code) || REVIEWED.containsKey(code))
                        .as(
                                "%s is scored but names a protected trait: add it to ScoringRules.NEVER_SCORED or review it",
                                code)
                        .isTrue());
        assertThat(List.of("Родитель с инвалидностью", "Языковой барьер", "Religious community", "Family of migrants"))
                .as("the pattern recognises what it looks for")
                .allMatch(text -> PROTECTED.matcher(text).find());
    }
}
