package ru.rodnik.platform;

import java.util.UUID;

/** An agency system calling the API with its organisation's token. */
public record ApiClientPrincipal(
        UUID clientId,
        String clientName,
        UUID organisationId,
        String organisationKind,
        String territoryCode,
        String regionCode) {

    public static final String AUTHORITY = "ROLE_API_CLIENT";
}
