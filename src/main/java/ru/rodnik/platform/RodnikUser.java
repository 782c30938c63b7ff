package ru.rodnik.platform;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person: the security principal of a form login, with the scope (organisation, territory) that
 * services check beside the roles. Kept in the HTTP session, so it holds only ids and codes.
 */
public class RodnikUser extends User {

    private final UUID id;
    private final String displayName;
    private final UUID organisationId;
    private final String territoryCode;
    private final String regionCode;
    private final Set<Role> roles;

    public RodnikUser(
            UUID id,
            String username,
            String passwordHash,
            boolean enabled,
            boolean accountNonLocked,
            String displayName,
            UUID organisationId,
            String territoryCode,
            String regionCode,
            Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities(roles));
        this.id = id;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.territoryCode = territoryCode;
        this.regionCode = regionCode;
        this.roles = Set.copyOf(roles);
    }

    private static Collection<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String territoryCode() {
        return territoryCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates, which name roles as text. */
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(held -> held.name().equals(role));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
