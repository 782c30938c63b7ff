package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.Role;
import ru.rodnik.support.RodnikIntegrationTest;

@RodnikIntegrationTest
class DemoRegionIntegrationTest {

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoRegion demoRegion;

    @LocalServerPort
    int port;

    @Test
    void hasARegionWithMunicipalitiesAndRemoteSettlements() {
        var territories = directory.territories();
        assertThat(territories.stream().filter(t -> t.level() == TerritoryLevel.REGION))
                .hasSize(1);
        assertThat(territories.stream().filter(t -> t.level() == TerritoryLevel.MUNICIPALITY))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(territories.stream().filter(t -> t.remote() && t.level() == TerritoryLevel.SETTLEMENT))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void hasTwoFamilyCentresAndEveryPartnerOfTheSeeds() {
        var organisations = directory.organisations();
        assertThat(organisations.stream().filter(o -> o.kind() == OrganisationKind.FAMILY_CENTRE))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(organisations.stream().map(o -> o.kind()).distinct())
                .containsAll(Arrays.asList(OrganisationKind.values()));
    }

    @Test
    void theFamilyCentreOfATerritoryIsTheNearestOnTheWayUpElseTheFirstByName() {
        assertThat(centreFor("50701000")).isEqualTo("Семейный центр (Новосибирск)");
        // A settlement of the Iskitim district: its district's centre, not the city's.
        assertThat(centreFor("50615101")).isEqualTo("Семейный центр (Искитим)");
        assertThat(centreFor("50615000")).isEqualTo("Семейный центр (Искитим)");
        // Berdsk and the Northern district have no centre on their way up: the region's first by name.
        assertThat(centreFor("50708000")).isEqualTo("Семейный центр (Искитим)");
        assertThat(centreFor("50645432")).isEqualTo("Семейный центр (Искитим)");
        assertThat(directory.familyCentreFor("99000000", "99000000")).isEmpty();
    }

    @Test
    void namesTheTerritoriesAndOrganisationsAskedForAndNoOthers() {
        assertThat(directory.territories(List.of("50701000", "50615101", "99999999")))
                .extracting(Territory::name)
                .containsExactlyInAnyOrder(
                        "город Новосибирск",
                        directory.territory("50615101").orElseThrow().name());
        Organisation centre = directory.familyCentreFor("50000000", "50701000").orElseThrow();
        assertThat(directory.organisations(List.of(centre.id(), UUID.randomUUID())))
                .containsExactly(centre);
        assertThat(directory.organisations(List.of())).isEmpty();
        assertThat(directory.territories(List.of())).isEmpty();
    }

    private String centreFor(String territory) {
        return directory.familyCentreFor("50000000", territory).orElseThrow().shortName();
    }

    @Test
    void hasOneDemoUserPerRole() {
        for (Role role : Role.values()) {
            assertThat(jdbc.sql("""
                            select count(*) from app_user u join app_user_role r on r.user_id = u.id
                            where u.demo and r.role = :role
                            """)
                            .param("role", role.name())
                            .query(Long.class)
                            .single())
                    .as(role.name())
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void everyPartnerKindHasAWorkingDemoToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind == OrganisationKind.MINISTRY) {
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/reference/territories"))
                    .header("Authorization", "Bearer demo-token-" + kind.slug())
                    .build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as(kind.name())
                    .isEqualTo(200);
        }
    }

    @Test
    void loadingTwiceAddsNothing() {
        long before =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();
        demoRegion.run(null);
        assertThat(jdbc.sql("select count(*) from organisation")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
