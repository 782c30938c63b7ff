package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import ru.rodnik.support.RodnikIntegrationTest;

/**
 * Event listeners run after the commit on a pool of two threads, so that a burst of signals leaves the processors to
 * the requests (see application.yml).
 */
@RodnikIntegrationTest
class EventListenerThreadsIntegrationTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor listeners;

    @Test
    void aBurstOfWorkRunsOnTwoThreadsAtMost() throws InterruptedException {
        int tasks = 12;
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            listeners.execute(() -> {
                threads.add(Thread.currentThread().getName());
                sleepBriefly();
                done.countDown();
            });
        }

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
