package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchEvidence;
import ru.rodnik.linkage.MatchOutcome;
import ru.rodnik.linkage.Subject;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.MigrationDatabase;
import ru.rodnik.support.RodnikIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** A decision reads back as it was made, whether stored in the compact form or before it (V14). */
@RodnikIntegrationTest
class MatchDecisionStorageIntegrationTest {

    private static final MatchDecision DECISION = new MatchDecision(
            MatchOutcome.REVIEW,
            21.37,
            18,
            27,
            List.of(
                    new MatchEvidence("SURNAME", "MAIDEN_NAME", 0),
                    new MatchEvidence("GIVEN_NAME", "EXACT", 4.42),
                    new MatchEvidence("BIRTH_DATE", "ONE_DIGIT", 3.54),
                    new MatchEvidence("PLACE", "DIFFERENT", -2.58)),
            List.of("GIVEN_NAME_DIFFERS"));

    private static final MatchDecision RUNNER_UP = new MatchDecision(
            MatchOutcome.NEW_PERSON,
            -3.5,
            18,
            27,
            List.of(new MatchEvidence("SURNAME", "DIFFERENT", -5.0), new MatchEvidence("SNILS", "MISSING", 0)),
            List.of());

    @Autowired
    MatchDecisionRepository decisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource application;

    @Autowired
    Environment environment;

    @Test
    void aDecisionAndItsCandidatesReadBackAsMade() {
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        decisions.insert(stored(id, first, second));

        assertReadsBackAsMade(id, first, second);
        assertThat(jdbc.sql("select decision ->> 'evidence' from match_decision where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(
                        "SURNAME:MAIDEN_NAME:0.0,GIVEN_NAME:EXACT:4.42,BIRTH_DATE:ONE_DIGIT:3.54,PLACE:DIFFERENT:-2.58");
    }

    @Test
    void aDecisionStoredBeforeTheCompactFormReadsBackAsMadeAfterTheMigration() throws SQLException {
        UUID id = UUID.randomUUID();
        UUID compact = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String oldDecision = """
                {"outcome":"REVIEW","score":21.37,"lowerThreshold":18.0,"upperThreshold":27.0,"evidence":[
                 {"feature":"SURNAME","level":"MAIDEN_NAME","weight":0.0},
                 {"feature":"GIVEN_NAME","level":"EXACT","weight":4.42},
                 {"feature":"BIRTH_DATE","level":"ONE_DIGIT","weight":3.54},
                 {"feature":"PLACE","level":"DIFFERENT","weight":-2.58}],"rules":["GIVEN_NAME_DIFFERS"]}""";
        String oldRunnerUp = """
                {"outcome":"NEW_PERSON","score":-3.5,"lowerThreshold":18.0,"upperThreshold":27.0,"evidence":[
                 {"feature":"SURNAME","level":"DIFFERENT","weight":-5.0},
                 {"feature":"SNILS","level":"MISSING","weight":0.0}],"rules":[]}""";
        try (MigrationDatabase database = MigrationDatabase.create(application, environment)) {
            database.migrateTo("13");
            MatchDecisionRepository before =
                    new MatchDecisionRepository(database.jdbc(), new JdbcTemplate(database.dataSource()), json);
            before.insert(stored(id, first, second));
            database.jdbc()
                    .sql("update match_decision set decision = cast(:decision as jsonb),"
                            + " candidates = cast(:candidates as jsonb) where id = :id")
                    .param("id", id)
                    .param("decision", oldDecision)
                    .param(
                            "candidates",
                            "[{\"personId\":\"" + first + "\",\"decision\":" + oldDecision + "}," + "{\"personId\":\""
                                    + second + "\",\"decision\":" + oldRunnerUp + "}]")
                    .update();
            // A row already in the compact form is left as it is.
            before.insert(stored(compact, first, second));

            database.migrateTo("latest");

            assertReadsBackAsMade(before, id, first, second);
            assertReadsBackAsMade(before, compact, first, second);
        }
    }

    @Test
    void anAutomaticLinkKeepsFewerCandidatesThanAReview() {
        assertThat(SubjectLinking.storedCandidates(LinkStatus.AUTO_LINKED))
                .isLessThan(SubjectLinking.storedCandidates(LinkStatus.NEEDS_REVIEW));
        assertThat(SubjectLinking.storedCandidates(LinkStatus.AUTO_LINKED)).isGreaterThanOrEqualTo(2);
    }

    private void assertReadsBackAsMade(UUID id, UUID first, UUID second) {
        assertReadsBackAsMade(decisions, id, first, second);
    }

    private static void assertReadsBackAsMade(MatchDecisionRepository decisions, UUID id, UUID first, UUID second) {
        var found = decisions.find(id).orElseThrow();
        assertThat(found.decision()).isEqualTo(DECISION);
        assertThat(found.candidates())
                .containsExactly(
                        new MatchDecisionRepository.StoredCandidate(first, DECISION),
                        new MatchDecisionRepository.StoredCandidate(second, RUNNER_UP));
    }

    private static MatchDecisionRepository.StoredDecision stored(UUID id, UUID first, UUID second) {
        Subject subject = new Subject(
                FamilyRole.MOTHER,
                new PersonDetails("Гречко", "Полина", "Андреевна", LocalDate.of(1993, 10, 2), Sex.F, null, null, null),
                "50708000",
                null);
        return new MatchDecisionRepository.StoredDecision(
                id,
                "50000000",
                "TEST",
                "storage-" + id,
                subject,
                LinkStatus.NEEDS_REVIEW,
                DECISION,
                List.of(
                        new MatchDecisionRepository.StoredCandidate(first, DECISION),
                        new MatchDecisionRepository.StoredCandidate(second, RUNNER_UP)),
                null,
                Instant.parse("2026-11-25T10:00:00Z"),
                null,
                0);
    }
}
