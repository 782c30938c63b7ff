package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.support.RodnikIntegrationTest;

/** The marks on an event publication commit without waiting for the disk; everything else waits as it did. */
@RodnikIntegrationTest
class EventPublicationCommitsIntegrationTest {

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void markingAPublicationLetsItsTransactionCommitWithoutWaiting() {
        assertThat(synchronousCommitAfter(repository -> repository.markProcessing(UUID.randomUUID())))
                .isEqualTo("off");
        assertThat(synchronousCommitAfter(repository -> repository.markFailed(UUID.randomUUID())))
                .isEqualTo("off");
    }

    @Test
    void readingPublicationsLeavesTheTransactionWaiting() {
        assertThat(synchronousCommitAfter(EventPublicationRepository::findIncompletePublications))
                .isEqualTo("on");
    }

    @Test
    void theSettingEndsWithItsTransaction() {
        synchronousCommitAfter(repository -> repository.markProcessing(UUID.randomUUID()));

        String afterwards = new TransactionTemplate(transactions).execute(status -> synchronousCommit());
        assertThat(afterwards).isEqualTo("on");
    }

    private String synchronousCommitAfter(Consumer<EventPublicationRepository> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            work.accept(publications);
            return synchronousCommit();
        });
    }

    private String synchronousCommit() {
        return jdbc.sql("show synchronous_commit").query(String.class).single();
    }
}
