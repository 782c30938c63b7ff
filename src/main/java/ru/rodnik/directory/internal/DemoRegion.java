package ru.rodnik.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.Role;
import ru.rodnik.platform.Uuids;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo region on the first start of the demo profile: territories, the seeds' partner organisations, one
 * user per role and one API token per organisation kind. Several nodes may start at once; an advisory lock lets
 * exactly one of them load it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoRegion implements ApplicationRunner {

    static final String DEMO_PASSWORD = "rodnik-demo";
    static final String TOKEN_PREFIX = "demo-token-";
    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

    private final TerritoryRepository territories;
    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final ApiClientRepository clients;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    DemoRegion(
            TerritoryRepository territories,
            OrganisationRepository organisations,
            UserAccountRepository users,
            ApiClientRepository clients,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.territories = territories;
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** {@code timeZone} only on the region. */
    record DemoTerritory(
            String code,
            @Nullable String parent,
            String name,
            @Nullable Boolean remote,
            @Nullable String timeZone) {}

    record DemoOrganisation(
            String key,
            OrganisationKind kind,
            String territory,
            String name,
            String shortName,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String email) {}

    record DemoUser(String username, String displayName, String organisation, List<Role> roles) {}

    record DemoFile(List<DemoTerritory> territories, List<DemoOrganisation> organisations, List<DemoUser> users) {}

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('rodnik.demo-region'))")
                    .query(Object.class)
                    .optional();
            if (territories.count() > 0) {
                return;
            }
            load(read());
        });
    }

    private DemoFile read() {
        try (InputStream in = new ClassPathResource("demo/demo-region.json").getInputStream()) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("The demo region file is missing or broken", e);
        }
    }

    private void load(DemoFile demo) {
        Instant now = clock.instant();
        Map<String, Territory> byCode = new HashMap<>();
        for (DemoTerritory item : demo.territories()) {
            Territory parent = item.parent() == null ? null : byCode.get(item.parent());
            Territory territory = parent == null
                    ? new Territory(item.code(), null, item.code(), TerritoryLevel.REGION, item.name(), false, 0)
                    : new Territory(
                            item.code(),
                            parent.code(),
                            parent.regionCode(),
                            parent.level() == TerritoryLevel.REGION
                                    ? TerritoryLevel.MUNICIPALITY
                                    : TerritoryLevel.SETTLEMENT,
                            item.name(),
                            Boolean.TRUE.equals(item.remote()),
                            0);
            territories.insert(territory);
            if (item.timeZone() != null) {
                territories.updateTimeZone(
                        territory.code(),
                        RegionTimeZones.parse(item.timeZone())
                                .orElseThrow(() -> new IllegalStateException(
                                        "The demo region file names an unknown time zone " + item.timeZone())),
                        territory.version());
            }
            byCode.put(territory.code(), territory);
        }
        Map<String, Organisation> byKey = new HashMap<>();
        Set<OrganisationKind> tokenIssued = EnumSet.noneOf(OrganisationKind.class);
        for (DemoOrganisation item : demo.organisations()) {
            Territory territory = byCode.get(item.territory());
            Organisation organisation = new Organisation(
                    Uuids.timeOrdered(),
                    item.kind(),
                    item.name(),
                    item.shortName(),
                    territory.code(),
                    territory.regionCode(),
                    item.address(),
                    item.phone(),
                    item.email(),
                    true,
                    0);
            organisations.insert(organisation, now);
            byKey.put(item.key(), organisation);
            if (item.kind() != OrganisationKind.MINISTRY && tokenIssued.add(item.kind())) {
                String token = TOKEN_PREFIX + item.kind().slug();
                clients.insert(
                        new ApiClient(
                                Uuids.timeOrdered(),
                                organisation.id(),
                                "Демо-интеграция: " + item.shortName(),
                                ApiTokens.hint(token),
                                true,
                                now,
                                "demo",
                                null,
                                null,
                                null),
                        ApiTokens.hash(token));
            }
        }
        String hash = passwords.encode(DEMO_PASSWORD);
        for (DemoUser item : demo.users()) {
            UserAccount user = new UserAccount(
                    Uuids.timeOrdered(),
                    item.username(),
                    item.displayName(),
                    byKey.get(item.organisation()).id(),
                    true,
                    0,
                    null,
                    true,
                    EnumSet.copyOf(item.roles()),
                    0);
            users.insert(user, hash, now);
        }
        log.info(
                "Demo region loaded: {} territories, {} organisations, {} users",
                demo.territories().size(),
                demo.organisations().size(),
                demo.users().size());
    }
}
