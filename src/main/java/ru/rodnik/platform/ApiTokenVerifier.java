package ru.rodnik.platform;

import java.util.Optional;

/** Implemented by the module that issues API tokens; the platform's bearer filter asks it on every API call. */
public interface ApiTokenVerifier {

    Optional<ApiClientPrincipal> verify(String token);
}
