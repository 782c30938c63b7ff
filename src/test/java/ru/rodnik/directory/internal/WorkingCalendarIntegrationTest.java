package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.directory.WorkingCalendar;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** The administrator's regional days and time zone, as the deadlines of other modules see them. */
@RodnikIntegrationTest
class WorkingCalendarIntegrationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TerritoryRepository territories;

    @Test
    void theDemoRegionCountsByNovosibirskTime() {
        assertThat(calendar.zoneOf("50000000")).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        assertThat(calendar.zoneOf("50701000")).as("not a region").isEqualTo(MOSCOW);
    }

    @Test
    void aRegionalDayOffStoredThroughTheFormMovesADeadline() {
        String region = newRegion();
        Instant tuesday = local("2026-11-03T10:00");
        assertThat(calendar.endOfWorkingDays(region, tuesday, 3)).isEqualTo(local("2026-11-10T00:00"));

        WebSession admin = admin();
        assertThat(admin.get("/admin/calendar?region=" + region + "&year=2026").statusCode())
                .isEqualTo(200);
        HttpResponse<String> added = admin.post(
                "/admin/calendar/" + region + "/days",
                Map.of("day", "2026-11-05", "kind", "DAY_OFF", "note", "День республики"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(calendar.endOfWorkingDays(region, tuesday, 3)).isEqualTo(local("2026-11-11T00:00"));
        assertThat(audited("CREATE", region + "/2026-11-05")).isEqualTo(1);

        HttpResponse<String> page = admin.get("/admin/calendar?region=" + region + "&year=2026");
        assertThat(page.body())
                .contains("data-day=\"2026-11-05\" data-kind=\"REGION_DAY_OFF\"")
                .contains("День республики")
                .contains("data-day=\"2026-11-04\" data-kind=\"HOLIDAY\"")
                .contains("24.09.2025 N 1466");

        HttpResponse<String> removed = admin.post("/admin/calendar/" + region + "/days/2026-11-05/delete", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(calendar.endOfWorkingDays(region, tuesday, 3)).isEqualTo(local("2026-11-10T00:00"));
        assertThat(audited("DELETE", region + "/2026-11-05")).isEqualTo(1);
    }

    @Test
    void aRegionalWorkingSaturdayCountsAndTheTimeZoneChangesTheLocalDay() {
        String region = newRegion();
        WebSession admin = admin();
        admin.get("/admin/calendar?region=" + region);
        assertThat(admin.post(
                                "/admin/calendar/" + region + "/days",
                                Map.of("day", "2026-10-24", "kind", "WORKING_DAY", "note", ""))
                        .statusCode())
                .isEqualTo(302);
        Instant friday = local("2026-10-23T10:00");
        assertThat(calendar.endOfWorkingDays(region, friday, 1)).isEqualTo(local("2026-10-25T00:00"));

        admin.get("/admin/calendar?region=" + region);
        HttpResponse<String> zone = admin.post(
                "/admin/calendar/" + region + "/time-zone",
                Map.of("timeZone", "Asia/Vladivostok", "version", String.valueOf(version(region))));
        assertThat(zone.statusCode()).isEqualTo(302);
        assertThat(calendar.zoneOf(region)).isEqualTo(ZoneId.of("Asia/Vladivostok"));
        // 18:00 on Friday in Moscow is already 01:00 on Saturday in Vladivostok: received on the worked Saturday, the
        // first working day there is Monday 26, which ends at 14:00 UTC.
        assertThat(calendar.endOfWorkingDays(region, local("2026-10-23T18:00"), 1))
                .isEqualTo(Instant.parse("2026-10-26T14:00:00Z"));
        assertThat(audited("UPDATE", region)).isEqualTo(1);
    }

    @Test
    void badInputOnTheFormShowsAMessageAndStoresNothing() {
        String region = newRegion();
        WebSession admin = admin();
        admin.get("/admin/calendar?region=" + region);
        admin.post("/admin/calendar/" + region + "/days", Map.of("day", "2026-06-15", "kind", "DAY_OFF"));
        long before = days(region);

        HttpResponse<String> zone = admin.post(
                "/admin/calendar/" + region + "/time-zone",
                Map.of("timeZone", "Mars/Olympus", "version", String.valueOf(version(region))));
        assertThat(zone.statusCode()).isEqualTo(200);
        assertThat(zone.body()).contains("Неизвестный часовой пояс").contains("value=\"Mars/Olympus\"");
        assertThat(calendar.zoneOf(region)).isEqualTo(MOSCOW);

        HttpResponse<String> malformed =
                admin.post("/admin/calendar/" + region + "/days", Map.of("day", "31.02.2026", "kind", "DAY_OFF"));
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).contains("id=\"day-error\"").contains("Укажите дату в виде ГГГГ-ММ-ДД.");

        HttpResponse<String> duplicate =
                admin.post("/admin/calendar/" + region + "/days", Map.of("day", "2026-06-15", "kind", "DAY_OFF"));
        assertThat(duplicate.body()).contains("На эту дату у региона уже есть запись");

        HttpResponse<String> holiday =
                admin.post("/admin/calendar/" + region + "/days", Map.of("day", "2026-06-12", "kind", "DAY_OFF"));
        assertThat(holiday.body()).contains("В федеральном календаре этот день и так нерабочий.");

        HttpResponse<String> noKind =
                admin.post("/admin/calendar/" + region + "/days", Map.of("day", "2026-06-16", "kind", "HOLIDAY"));
        assertThat(noKind.body()).contains("id=\"kind-error\"");

        assertThat(days(region)).isEqualTo(before);
        assertThat(jdbc.sql("select time_zone from territory where code = :code")
                        .param("code", region)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void theCalendarIsForAdministratorsOnly() {
        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        assertThat(screener.get("/admin/calendar").statusCode()).isEqualTo(403);
        screener.get("/");
        HttpResponse<String> post =
                screener.post("/admin/calendar/50000000/days", Map.of("day", "2026-06-15", "kind", "DAY_OFF"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(days("50000000")).isZero();
    }

    @Test
    void theAdministratorSeesTheirRegionsYearInEnglishToo() {
        WebSession admin = admin();
        HttpResponse<String> page = admin.get("/admin/calendar?year=2027&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Working-day calendar, 2027")
                .contains("Asia/Novosibirsk")
                .contains("No decree on day transfers for 2027 is recorded")
                .contains("data-day=\"2027-06-14\" data-kind=\"STATUTORY_DAY_OFF\"");
        assertThat(admin.get("/admin/calendar?year=1812").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/calendar?region=50701000").statusCode())
                .as("a municipality has no calendar of its own")
                .isEqualTo(404);
    }

    private String newRegion() {
        String code = "9" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        territories.insert(new Territory(code, null, code, TerritoryLevel.REGION, "Республика " + code, false, 0));
        return code;
    }

    private int version(String region) {
        return territories.find(region).orElseThrow().version();
    }

    private long days(String region) {
        return jdbc.sql("select count(*) from region_calendar_day where region_code = :region")
                .param("region", region)
                .query(Long.class)
                .single();
    }

    private long audited(String action, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :id")
                .param("action", action)
                .param("id", subjectId)
                .query(Long.class)
                .single();
    }

    private WebSession admin() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        return admin;
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(MOSCOW).toInstant();
    }
}
