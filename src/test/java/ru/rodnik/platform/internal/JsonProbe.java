package ru.rodnik.platform.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;

/**
 * A JSON endpoint that exists only in tests, so that the platform's error handling (malformed JSON, bean
 * validation, domain validation, wrong media type) is proven before the first real JSON endpoint arrives.
 */
@RestController
class JsonProbe {

    record Probe(@NotBlank @Size(max = 10) String name, int count) {}

    @PostMapping(path = "/api/v1/test-probe", consumes = "application/json")
    Probe echo(@Valid @RequestBody Probe probe) {
        if (probe.count() < 0) {
            throw new InvalidInputException(List.of(FieldViolation.of("count", "E9001", "directory.name.required")));
        }
        return probe;
    }

    @Component
    static class ProbeAccessRules implements AccessRules {
        @Override
        public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
            api.requestMatchers("/api/v1/test-probe").hasAuthority(ApiClientPrincipal.AUTHORITY);
        }
    }
}
