package ru.rodnik.platform;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An agency system calling the API with its organisation's token. */
public record ApiClientPrincipal(
        UUID clientId,
        String clientName,
        UUID organisationId,
        String organisationKind,
        String territoryCode,
        String regionCode) {

    public static final String AUTHORITY = "ROLE_API_CLIENT";

    /** The client signed in: an API client, and of its organisation's kind ({@code ORG_SCHOOL} …). */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(
                this,
                null,
                List.of(new SimpleGrantedAuthority(AUTHORITY), new SimpleGrantedAuthority("ORG_" + organisationKind)));
    }
}
