package ru.rodnik.directory.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import ru.rodnik.directory.Organisation;
import ru.rodnik.platform.RodnikUser;

/** Gives form login the account, its password hash, its lock state and its scope. */
@Service
class UserAccountDetails implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Clock clock;

    UserAccountDetails(UserAccountRepository users, OrganisationRepository organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Organisation organisation = organisations.find(user.organisationId()).orElseThrow();
        String hash = users.passwordHash(user.id()).orElseThrow();
        return new RodnikUser(
                user.id(),
                user.username(),
                hash,
                user.enabled() && organisation.enabled(),
                !user.lockedAt(clock.instant()),
                user.displayName(),
                organisation.id(),
                organisation.territoryCode(),
                organisation.regionCode(),
                user.roles());
    }
}
