package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;

/** Invalid form fields show a message next to the field and save nothing; valid ones save and are audited. */
@RodnikIntegrationTest
class AdminFormsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserWithMissingFieldsIsNotCreatedAndEachFieldSaysWhy() {
        WebSession admin = admin();
        long users = count("app_user");
        admin.get("/admin/users/new");
        HttpResponse<String> response = admin.post(
                "/admin/users", Map.of("username", "", "displayName", " ", "organisationId", "", "password", "short"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"username-error\"")
                .contains("Укажите логин.")
                .contains("Укажите фамилию, имя и отчество.")
                .contains("Выберите организацию.")
                .contains("Выберите хотя бы одну роль.")
                .contains("Пароль должен быть не короче 10 символов.")
                .contains("aria-invalid=\"true\"");
        assertThat(count("app_user")).isEqualTo(users);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        WebSession admin = admin();
        admin.get("/admin/users/new");
        HttpResponse<String> response = admin.postRaw(
                "/admin/users",
                WebSession.encodeRepeated(List.of(
                        Map.entry("_csrf", admin.csrf()),
                        Map.entry("username", "ADMIN"),
                        Map.entry("displayName", "Двойник"),
                        Map.entry("organisationId", anOrganisation()),
                        Map.entry("roles", "REPORTER"),
                        Map.entry("password", "long-enough-password"))));
        assertThat(response.body()).contains("Такой логин уже занят.");
        assertThat(jdbc.sql("select count(*) from app_user where display_name = 'Двойник'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aValidUserIsCreatedWithItsRolesAndCanSignIn() {
        WebSession admin = admin();
        String username = "new.user." + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/users/new");
        HttpResponse<String> response = admin.postRaw(
                "/admin/users",
                WebSession.encodeRepeated(List.of(
                        Map.entry("_csrf", admin.csrf()),
                        Map.entry("username", username),
                        Map.entry("displayName", "Иванова Мария Петровна"),
                        Map.entry("organisationId", anOrganisation()),
                        Map.entry("roles", "SCREENER"),
                        Map.entry("roles", "SPECIALIST"),
                        Map.entry("password", "a-long-password-1"))));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "select string_agg(role, ',' order by role) from app_user_role r join app_user u on u.id = r.user_id where u.username = :u")
                        .param("u", username)
                        .query(String.class)
                        .single())
                .isEqualTo("SCREENER,SPECIALIST");
        WebSession user = WebSession.on(port);
        assertThat(user.login(username, "a-long-password-1").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(user.get("/").body()).contains("Иванова Мария Петровна");
    }

    @Test
    void aTerritoryWithABadCodeIsRefusedAndAGoodOneIsAddedUnderItsParent() {
        WebSession admin = admin();
        admin.get("/admin/territories");
        HttpResponse<String> bad =
                admin.post("/admin/territories", Map.of("code", "12ab", "name", "", "parentCode", "50645000"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Код ОКТМО состоит из 8 или 11 цифр.").contains("Укажите название.");
        assertThat(jdbc.sql("select count(*) from territory where code = '12ab'")
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> good = admin.post(
                "/admin/territories",
                Map.of("code", "50645999", "name", "деревня Тестовая", "parentCode", "50645000", "remote", "true"));
        assertThat(good.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("select level, region_code, remote from territory where code = '50645999'")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("level", "SETTLEMENT")
                .containsEntry("region_code", "50000000")
                .containsEntry("remote", true);
    }

    @Test
    void anOrganisationWithABadEmailIsRefused() {
        WebSession admin = admin();
        admin.get("/admin/organisations/new");
        HttpResponse<String> response = admin.post(
                "/admin/organisations",
                Map.of(
                        "kind",
                        "SCHOOL",
                        "name",
                        "Школа № 99",
                        "territoryCode",
                        "50701000",
                        "email",
                        "not-an-email",
                        "enabled",
                        "true",
                        "version",
                        "0"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Укажите адрес электронной почты");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Школа № 99'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleEditIsRefusedAsAConflictAndChangesNothing() {
        WebSession admin = admin();
        admin.get("/admin/territories/50708000");
        int version = jdbc.sql("select version from territory where code = '50708000'")
                .query(Integer.class)
                .single();
        HttpResponse<String> first = admin.post(
                "/admin/territories/50708000", Map.of("name", "город Бердск", "version", String.valueOf(version)));
        assertThat(first.statusCode()).isEqualTo(302);
        admin.get("/admin/territories/50708000");
        HttpResponse<String> stale = admin.post(
                "/admin/territories/50708000", Map.of("name", "Переименовано", "version", String.valueOf(version)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Данные уже изменены");
        assertThat(jdbc.sql("select name from territory where code = '50708000'")
                        .query(String.class)
                        .single())
                .isEqualTo("город Бердск");
    }

    private WebSession admin() {
        WebSession admin = WebSession.on(port);
        admin.login("admin", DemoAccounts.PASSWORD);
        return admin;
    }

    private String anOrganisation() {
        return jdbc.sql("select id::text from organisation where kind = 'FAMILY_CENTRE' limit 1")
                .query(String.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
