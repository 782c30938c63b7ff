package ru.rodnik.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.Actor;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

@RodnikIntegrationTest
class AuditIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static final String ACTOR = "audit-test";
    private static final UUID ORGANISATION = UUID.fromString("0195f3a0-0000-7000-8000-000000000001");

    @Test
    void aLoginIsAudited() {
        long before = count("LOGIN", "curator");
        WebSession.on(port).login("curator", DemoAccounts.PASSWORD);
        assertThat(count("LOGIN", "curator")).isEqualTo(before + 1);
        assertThat(jdbc.sql(
                                "select client_address from audit_event where action = 'LOGIN' and actor = 'curator' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aFailedLoginIsAuditedWithoutThePasswordTyped() {
        long before = count("LOGIN_FAILED", "kdn");
        WebSession.on(port).login("kdn", "секрет-который-нельзя-хранить");
        assertThat(count("LOGIN_FAILED", "kdn")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where details like '%секрет%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLogoutIsAudited() {
        WebSession session = WebSession.on(port);
        session.login("analyst", DemoAccounts.PASSWORD);
        long before = count("LOGOUT", "analyst");
        session.get("/");
        session.post("/logout", Map.of());
        assertThat(count("LOGOUT", "analyst")).isEqualTo(before + 1);
    }

    @Test
    void anAdminChangeIsAuditedWithItsSubject() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        admin.get("/admin/organisations/new");
        String name = "НКО «Проверка аудита " + UUID.randomUUID().toString().substring(0, 6) + "»";
        admin.post(
                "/admin/organisations",
                Map.of("kind", "NGO", "name", name, "territoryCode", "50701000", "enabled", "true", "version", "0"));
        String id = jdbc.sql("select id::text from organisation where name = :n")
                .param("n", name)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'CREATE' and subject_type = 'ORGANISATION' and subject_id = :id and actor = 'admin'
                          and actor_kind = 'USER' and organisation_id is not null
                        """).param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAdminPageFindsRecordsByUserAndPeriod() {
        WebSession.on(port).login("specialist", DemoAccounts.PASSWORD);
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        String page = admin.get("/admin/audit?actor=specialist&from="
                        + java.time.LocalDate.now().minusDays(1))
                .body();
        assertThat(page)
                .contains("data-action=\"LOGIN\"")
                .contains(">specialist<")
                .doesNotContain(">curator<");
        String empty = admin.get("/admin/audit?actor=specialist&to=2000-01-01").body();
        assertThat(empty).contains("Ничего не найдено.");
    }

    @Test
    void theLogCannotBeEditedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void eventsOfATransactionCommitWithItInTheOrderRecorded() {
        String subject = "T-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            audit.recordAs(ACTOR, Actor.Kind.SYSTEM, null, AuditAction.CREATE, AuditSubject.of(subject, 1), "first");
            audit.recordAll(
                    AuditAction.LINK,
                    List.of(AuditSubject.of(subject, 2), AuditSubject.ofType(subject)),
                    "второе — по-русски");
            audit.recordAs(
                    ACTOR, Actor.Kind.SYSTEM, ORGANISATION, AuditAction.UPDATE, AuditSubject.of(subject, 3), null);
        });
        assertThat(jdbc.sql("""
                        select action || '|' || coalesce(subject_id, '-') || '|' || coalesce(details, '-') || '|'
                               || coalesce(organisation_id::text, '-') || '|' || actor_kind
                        from audit_event where subject_type = :type order by id
                        """).param("type", subject).query(String.class).list())
                .containsExactly(
                        "CREATE|1|first|-|SYSTEM",
                        "LINK|2|второе — по-русски|-|ANONYMOUS",
                        "LINK|-|второе — по-русски|-|ANONYMOUS",
                        "UPDATE|3|-|" + ORGANISATION + "|SYSTEM");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = :type and occurred_at is null")
                        .param("type", subject)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEventRecordedWhileTheTransactionCommitsIsWrittenToo() {
        String subject = "T-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            audit.recordAs(ACTOR, Actor.Kind.SYSTEM, null, AuditAction.CREATE, AuditSubject.of(subject, 1), null);
            // Registered after the pending events, so it runs after they were written.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    audit.recordAs(
                            ACTOR, Actor.Kind.SYSTEM, null, AuditAction.UPDATE, AuditSubject.of(subject, 2), null);
                }
            });
        });
        assertThat(countOfType(subject)).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionLeavesNoEvents() {
        String subject = "T-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            audit.recordAs(ACTOR, Actor.Kind.SYSTEM, null, AuditAction.CREATE, AuditSubject.of(subject, 1), null);
            status.setRollbackOnly();
        });
        assertThat(countOfType(subject)).isZero();
    }

    @Test
    void anInnerTransactionKeepsItsOwnEvents() {
        String outer = "T-" + UUID.randomUUID().toString().substring(0, 8);
        String inner = "T-" + UUID.randomUUID().toString().substring(0, 8);
        TransactionTemplate requiresNew = new TransactionTemplate(transactionManager);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(status -> {
            audit.recordAs(ACTOR, Actor.Kind.SYSTEM, null, AuditAction.CREATE, AuditSubject.of(outer, 1), null);
            requiresNew.executeWithoutResult(innerStatus -> audit.recordAs(
                    ACTOR, Actor.Kind.SYSTEM, null, AuditAction.CREATE, AuditSubject.of(inner, 1), null));
            assertThat(countOfType(inner)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(countOfType(outer)).isZero();
        assertThat(countOfType(inner)).isEqualTo(1);
    }

    @Test
    void withoutATransactionAnEventIsWrittenAtOnce() {
        String subject = "T-" + UUID.randomUUID().toString().substring(0, 8);
        audit.recordAs(ACTOR, Actor.Kind.SYSTEM, null, AuditAction.READ, AuditSubject.of(subject, 1), null);
        assertThat(countOfType(subject)).isEqualTo(1);
    }

    private long countOfType(String subjectType) {
        return jdbc.sql("select count(*) from audit_event where subject_type = :type")
                .param("type", subjectType)
                .query(Long.class)
                .single();
    }

    private long count(String action, String actor) {
        return jdbc.sql("select count(*) from audit_event where action = :a and actor = :u")
                .param("a", action)
                .param("u", actor)
                .query(Long.class)
                .single();
    }
}
