package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** A screener merges a duplicate from the person page and undoes it; linkage stops and resumes offering it. */
@RodnikIntegrationTest
class MergeThroughPagesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SubjectLinking linking;

    @Autowired
    LinkageRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScreenerMergesAndUnmergesADuplicateAndLinkageFollows() {
        PersonId survivor = newPerson("Дублева", "Варвара", LocalDate.of(2017, 2, 3), "merge-ui-1");
        // The same girl recorded twice, her birth date with day and month swapped.
        PersonId duplicate = newPerson("Дублёва", "Варя", LocalDate.of(2017, 3, 2), "merge-ui-2");

        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        String page = screener.get("/persons/" + survivor).body();
        assertThat(page).contains("data-person=\"" + duplicate + "\"");

        assertThat(screener.post("/persons/" + survivor + "/merge", Map.of("duplicate", duplicate.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(screener.get("/persons/" + duplicate).body()).contains("data-testid=\"merged-into\"");
        assertThat(active(duplicate)).isFalse();

        screener.get("/persons/" + survivor);
        assertThat(screener.post("/persons/" + duplicate + "/unmerge", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(screener.get("/persons/" + duplicate).body()).doesNotContain("data-testid=\"merged-into\"");
        assertThat(active(duplicate)).isTrue();
    }

    @Test
    void specialistsMayLookButNotMerge() {
        PersonId a = newPerson("Смотрова", "Алина", LocalDate.of(2016, 5, 5), "merge-ui-3");
        PersonId b = newPerson("Смотрова", "Алина", LocalDate.of(2016, 5, 6), "merge-ui-4");
        WebSession specialist = WebSession.on(port);
        specialist.login("specialist", DemoAccounts.PASSWORD);
        assertThat(specialist.get("/persons/" + a).body()).doesNotContain("/merge");
        assertThat(specialist
                        .post("/persons/" + a + "/merge", Map.of("duplicate", b.toString()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(active(b)).isTrue();
    }

    /** Registered and filed directly: the engine itself would rightly send the second one to review. */
    private PersonId newPerson(String lastName, String firstName, LocalDate birthDate, String ref) {
        var details = new PersonDetails(lastName, firstName, null, birthDate, Sex.F, null, null, null);
        return linking.register("50000000", details, records.of(details, null, null, java.util.Set.of()));
    }

    private boolean active(PersonId person) {
        return jdbc.sql("select active from linkage_person where person_id = :id")
                .param("id", person.value())
                .query(Boolean.class)
                .single();
    }
}
