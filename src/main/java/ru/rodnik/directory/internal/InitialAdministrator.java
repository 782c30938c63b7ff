package ru.rodnik.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.Role;
import ru.rodnik.platform.Uuids;

/**
 * A production installation starts with an empty directory and nobody who could sign in to fill it. When the
 * directory has no users yet and {@code RODNIK_ADMIN_PASSWORD} is set, this creates the region, an administrating
 * organisation and the first administrator; the administrator then builds the rest in the UI.
 */
@Component
@Profile("!demo")
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository users;
    private final TerritoryRepository territories;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;
    private final String username;
    private final String regionCode;
    private final String regionName;
    private final String regionTimeZone;

    InitialAdministrator(
            UserAccountRepository users,
            TerritoryRepository territories,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${rodnik.initial-admin.password:}") String password,
            @Value("${rodnik.initial-admin.username:admin}") String username,
            @Value("${rodnik.initial-admin.region-code:}") String regionCode,
            @Value("${rodnik.initial-admin.region-name:}") String regionName,
            @Value("${rodnik.initial-admin.region-time-zone:}") String regionTimeZone) {
        this.users = users;
        this.territories = territories;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.password = password;
        this.username = username;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.regionTimeZone = regionTimeZone.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isEmpty()) {
            return;
        }
        if (password.length() < UserAccountAdmin.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "RODNIK_ADMIN_PASSWORD must have at least " + UserAccountAdmin.MIN_PASSWORD_LENGTH + " characters");
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('rodnik.initial-admin'))")
                    .query(Object.class)
                    .optional();
            if (users.count() > 0) {
                return;
            }
            if (!regionCode.matches("\\d{8}|\\d{11}") || regionName.isBlank()) {
                throw new IllegalStateException(
                        "Set RODNIK_REGION_CODE (8 or 11 digits) and RODNIK_REGION_NAME for the first start");
            }
            @Nullable
            ZoneId zone = regionTimeZone.isEmpty()
                    ? null
                    : RegionTimeZones.parse(regionTimeZone)
                            .orElseThrow(() -> new IllegalStateException("RODNIK_REGION_TIME_ZONE " + regionTimeZone
                                    + " is no time zone id of the tz database (e.g. Asia/Yekaterinburg)"));
            Instant now = clock.instant();
            if (!territories.exists(regionCode)) {
                territories.insert(
                        new Territory(regionCode, null, regionCode, TerritoryLevel.REGION, regionName, false, 0));
            }
            if (zone != null) {
                territories.updateTimeZone(
                        regionCode,
                        zone,
                        territories.find(regionCode).orElseThrow().version());
            }
            Organisation administration = new Organisation(
                    Uuids.timeOrdered(),
                    OrganisationKind.MINISTRY,
                    "Администрирование системы «Родник»",
                    "Администрирование",
                    regionCode,
                    regionCode,
                    null,
                    null,
                    null,
                    true,
                    0);
            organisations.insert(administration, now);
            UUID id = Uuids.timeOrdered();
            users.insert(
                    new UserAccount(
                            id,
                            username,
                            "Администратор системы",
                            administration.id(),
                            true,
                            0,
                            null,
                            false,
                            EnumSet.of(Role.ADMIN),
                            0),
                    passwords.encode(password),
                    now);
            audit.recordAs(
                    "system",
                    Actor.Kind.SYSTEM,
                    null,
                    AuditAction.CREATE,
                    AuditSubject.of("USER", id),
                    "initial administrator");
            log.info("Created the initial administrator account");
        });
    }
}
