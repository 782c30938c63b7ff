package ru.rodnik.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.ConcurrentChangeException;
import ru.rodnik.platform.Role;

@Repository
class UserAccountRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.organisation_id, u.enabled, u.failed_logins, u.locked_until,
                   u.demo, u.version, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join app_user_role r on r.user_id = u.id
            """;
    private static final String GROUP = " group by u.id";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserAccount> findAll() {
        return jdbc.sql(SELECT + GROUP + " order by lower(u.username)")
                .query(UserAccountRepository::map)
                .list();
    }

    Optional<UserAccount> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id" + GROUP)
                .param("id", id)
                .query(UserAccountRepository::map)
                .optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(:username)" + GROUP)
                .param("username", username)
                .query(UserAccountRepository::map)
                .optional();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(:username)")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UserAccount user, String passwordHash, Instant at) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, organisation_id, password_hash, enabled, demo, created_at)
                values (:id, :username, :displayName, :organisation, :hash, :enabled, :demo, :at)
                """)
                .param("id", user.id())
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("organisation", user.organisationId())
                .param("hash", passwordHash)
                .param("enabled", user.enabled())
                .param("demo", user.demo())
                .param("at", Timestamp.from(at))
                .update();
        replaceRoles(user.id(), user.roles());
    }

    void update(
            UUID id, String displayName, UUID organisationId, boolean enabled, Set<Role> roles, int expectedVersion) {
        int updated = jdbc.sql("""
                update app_user set display_name = :displayName, organisation_id = :organisation, enabled = :enabled,
                                    version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id)
                .param("displayName", displayName)
                .param("organisation", organisationId)
                .param("enabled", enabled)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("USER", id);
        }
        replaceRoles(id, roles);
    }

    void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash, demo = false, version = version + 1 where id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    /**
     * Counts one more wrong password in a single statement, so that parallel attempts cannot slip past the limit.
     *
     * @return the account after the update, if the username exists
     */
    Optional<UserAccount> recordFailedLogin(String username, int lockAfter, Instant now, Instant lockedUntil) {
        // After an expired lock the count starts again, so one more typo does not lock the account at once.
        List<UUID> ids = jdbc.sql("""
                with counted as (
                    select id, case when locked_until is not null and locked_until <= cast(:now as timestamptz) then 1
                                    else failed_logins + 1 end as failures
                    from app_user where lower(username) = lower(:username)
                    for update
                )
                update app_user u
                set failed_logins = c.failures,
                    locked_until = case when c.failures >= :lockAfter then cast(:until as timestamptz) else null end
                from counted c where u.id = c.id
                returning u.id
                """)
                .param("username", username)
                .param("lockAfter", lockAfter)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(lockedUntil))
                .query(UUID.class)
                .list();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    void resetFailedLogins(UUID id) {
        jdbc.sql(
                        "update app_user set failed_logins = 0, locked_until = null where id = :id and (failed_logins > 0 or locked_until is not null)")
                .param("id", id)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long countDemo() {
        return jdbc.sql("select count(*) from app_user where demo")
                .query(Long.class)
                .single();
    }

    private void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = :id")
                .param("id", id)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    private static UserAccount map(ResultSet rows, int rowNum) throws SQLException {
        Timestamp lockedUntil = rows.getTimestamp("locked_until");
        return new UserAccount(
                rows.getObject("id", UUID.class),
                rows.getString("username"),
                rows.getString("display_name"),
                rows.getObject("organisation_id", UUID.class),
                rows.getBoolean("enabled"),
                rows.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rows.getBoolean("demo"),
                roles(rows.getString("roles")),
                rows.getInt("version"));
    }

    private static Set<Role> roles(@Nullable String csv) {
        if (csv == null || csv.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
