package ru.rodnik.directory.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.OrganisationKind;

/**
 * Outside the demo profile, demo accounts and demo tokens are a door left open: the application refuses to start
 * until an administrator has removed or replaced them.
 */
@Component
@Profile("!demo")
class DemoCredentialGuard implements ApplicationRunner {

    private final UserAccountRepository users;
    private final ApiClientRepository clients;

    DemoCredentialGuard(UserAccountRepository users, ApiClientRepository clients) {
        this.users = users;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> demoTokenHashes = Arrays.stream(OrganisationKind.values())
                .map(kind -> ApiTokens.hash(DemoRegion.TOKEN_PREFIX + kind.slug()))
                .toList();
        long demoUsers = users.countDemo();
        long demoTokens = clients.countActiveWithHashes(demoTokenHashes);
        if (demoUsers > 0 || demoTokens > 0) {
            throw new IllegalStateException("Demo credentials are present (" + demoUsers + " demo users, " + demoTokens
                    + " demo API tokens) but the demo profile is not active. Reset the demo users' passwords and"
                    + " revoke the demo tokens, or run with SPRING_PROFILES_ACTIVE=demo.");
        }
    }
}
