package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.intake.Urgency;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/**
 * Screening deadlines at fixed moments, with the demo region's working-day calendar (Novosibirsk time): weekends and
 * public holidays do not count for a STANDARD signal; an IMMEDIATE one is counted on the clock.
 */
@RodnikIntegrationTest
class ScreeningDeadlinesIntegrationTest {

    private static final String REGION = "50000000";
    private static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");

    @LocalServerPort
    int port;

    @Autowired
    ScreeningDeadlines deadlines;

    @Autowired
    ScreeningDeadlineRepository regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStandardSignalOfFridayIsDueAtTheEndOfWednesday() {
        Instant friday = local(2026, 11, 20, 15, 0);

        assertThat(deadlines.dueAt(REGION, Urgency.STANDARD, friday)).isEqualTo(local(2026, 11, 26, 0, 0));
    }

    @Test
    void aPublicHolidayAndTheWeekendAreSkipped() {
        // 4 November, Unity Day, is a Wednesday in 2026: Thursday, Friday and Monday are the three working days.
        Instant tuesday = local(2026, 11, 3, 10, 0);

        assertThat(deadlines.dueAt(REGION, Urgency.STANDARD, tuesday)).isEqualTo(local(2026, 11, 10, 0, 0));
    }

    @Test
    void aSignalReceivedAtTheWeekendCountsFromMonday() {
        Instant saturday = local(2026, 11, 21, 23, 30);

        assertThat(deadlines.dueAt(REGION, Urgency.STANDARD, saturday)).isEqualTo(local(2026, 11, 26, 0, 0));
    }

    @Test
    void anImmediateSignalIsDueInTwentyFourHoursWhateverTheDay() {
        Instant saturday = local(2026, 11, 21, 22, 0);

        assertThat(deadlines.dueAt(REGION, Urgency.IMMEDIATE, saturday)).isEqualTo(local(2026, 11, 22, 22, 0));
    }

    @Test
    void aRegionSetsItsOwnDeadlines() {
        Instant friday = local(2026, 11, 20, 15, 0);
        try {
            regions.save(REGION, new ScreeningDeadlines.Settings(12, 5));

            assertThat(deadlines.dueAt(REGION, Urgency.IMMEDIATE, friday)).isEqualTo(local(2026, 11, 21, 3, 0));
            assertThat(deadlines.dueAt(REGION, Urgency.STANDARD, friday)).isEqualTo(local(2026, 11, 28, 0, 0));
        } finally {
            jdbc.sql("delete from screening_deadline where region_code = :region")
                    .param("region", REGION)
                    .update();
        }
        assertThat(deadlines.settings(REGION)).isEqualTo(ScreeningDeadlines.DEFAULTS);
    }

    @Test
    void theAdministratorSetsTheDeadlinesOnAFormThatRefusesNonsense() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        admin.get("/admin/screening-deadlines");
        try {
            HttpResponse<String> refused = admin.post(
                    "/admin/screening-deadlines", Map.of("immediateHours", "0", "standardWorkingDays", "три"));

            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body())
                    .contains("id=\"immediateHours-error\"")
                    .contains("id=\"standardWorkingDays-error\"")
                    .contains("Целое число от 1 до 168");
            assertThat(deadlines.settings(REGION)).isEqualTo(ScreeningDeadlines.DEFAULTS);

            HttpResponse<String> saved = admin.post(
                    "/admin/screening-deadlines", Map.of("immediateHours", "12", "standardWorkingDays", "2"));

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(deadlines.settings(REGION)).isEqualTo(new ScreeningDeadlines.Settings(12, 2));
        } finally {
            jdbc.sql("delete from screening_deadline where region_code = :region")
                    .param("region", REGION)
                    .update();
        }
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        assertThat(screener.get("/admin/screening-deadlines").statusCode()).isEqualTo(403);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(NOVOSIBIRSK)
                .toInstant();
    }
}
