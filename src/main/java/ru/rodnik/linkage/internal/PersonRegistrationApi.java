package ru.rodnik.linkage.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.registry.PersonDetails;

@RestController
@Tag(name = "Persons")
class PersonRegistrationApi {

    private final ManualRegistration registration;

    PersonRegistrationApi(ManualRegistration registration) {
        this.registration = registration;
    }

    record Registered(
            UUID decisionId, LinkStatus match, @Nullable String personId, MatchDecision decision) {}

    /**
     * 201 with {@code Location} for a new person, 200 when the person was already known, 202 when a screener must
     * decide first. Invalid details answer 422 and store nothing.
     */
    @PostMapping(path = "/api/v1/persons", consumes = "application/json")
    @Operation(summary = "Register a person, or find them if already known (linkage decides)")
    ResponseEntity<Registered> register(@RequestBody PersonDetails details) {
        SubjectLink link = registration.register(details);
        String person = link.person() == null ? null : link.person().toString();
        Registered body = new Registered(link.decisionId(), link.status(), person, link.decision());
        return switch (link.status()) {
            case NEW_PERSON ->
                ResponseEntity.created(URI.create("/api/v1/persons/" + person)).body(body);
            case NEEDS_REVIEW -> ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
            default -> ResponseEntity.ok(body);
        };
    }
}
