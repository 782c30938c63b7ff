package ru.rodnik.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up check that stops a postmaster orphaned by a SIGKILLed JVM must never harm anything else; the real
 * kill-and-restart is proven end to end by RestartKeepsDataIT.
 */
class LeftoverPostmasterTest {

    @TempDir
    Path pgData;

    @Test
    void noPidFileMeansNothingToStop() {
        assertThatNoException().isThrownBy(() -> EmbeddedPostgresServer.stopLeftoverPostmaster(pgData));
    }

    @Test
    void aPidFileOfADeadProcessIsLeftForPostgresToClean() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(pgData.resolve("postmaster.pid"), gone.pid() + "\n" + pgData + "\n");

        EmbeddedPostgresServer.stopLeftoverPostmaster(pgData);

        assertThat(pgData.resolve("postmaster.pid")).exists();
    }

    @Test
    void aLiveProcessThatIsNotPostgresIsNeverSignalled() throws Exception {
        // After a reboot the old pid may belong to an unrelated process.
        Process stranger = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(pgData.resolve("postmaster.pid"), stranger.pid() + "\n" + pgData + "\n");

            EmbeddedPostgresServer.stopLeftoverPostmaster(pgData);

            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void garbageInThePidFileIsIgnored() throws Exception {
        Files.writeString(pgData.resolve("postmaster.pid"), "not a pid\n");
        assertThatNoException().isThrownBy(() -> EmbeddedPostgresServer.stopLeftoverPostmaster(pgData));
    }
}
