package ru.rodnik.directory.internal;

import static ru.rodnik.directory.internal.UserAccountAdmin.trimmed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.CurrentActor;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Uuids;

@Service
@PreAuthorize("hasRole('ADMIN')")
class ApiClientAdmin {

    static final String SUBJECT = "API_CLIENT";

    private final ApiClientRepository clients;
    private final OrganisationRepository organisations;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    ApiClientAdmin(
            ApiClientRepository clients,
            OrganisationRepository organisations,
            ApiTokens tokens,
            AuditLog audit,
            CurrentActor actor,
            Clock clock) {
        this.clients = clients;
        this.organisations = organisations;
        this.tokens = tokens;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The token itself exists only in this answer; the database keeps its hash. */
    record IssuedToken(UUID clientId, String token) {}

    @Transactional(readOnly = true)
    List<ApiClient> list() {
        return clients.findAll();
    }

    @Transactional
    IssuedToken issue(@Nullable UUID organisationId, @Nullable String name) {
        List<FieldViolation> violations = new ArrayList<>();
        if (organisationId == null || organisations.find(organisationId).isEmpty()) {
            violations.add(FieldViolation.of("organisationId", "E1401", "directory.user.organisation.required"));
        }
        String clientName = trimmed(name);
        if (clientName.isEmpty()) {
            violations.add(FieldViolation.of("name", "E1402", "directory.name.required"));
        } else if (clientName.length() > 200) {
            violations.add(FieldViolation.of("name", "E1403", "directory.field.tooLong", 200));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String token = tokens.newToken();
        UUID id = Uuids.timeOrdered();
        clients.insert(
                new ApiClient(
                        id,
                        organisationId,
                        clientName,
                        ApiTokens.hint(token),
                        false,
                        clock.instant(),
                        actor.get().name(),
                        null,
                        null,
                        null),
                ApiTokens.hash(token));
        audit.record(AuditAction.TOKEN_ISSUED, AuditSubject.of(SUBJECT, id));
        return new IssuedToken(id, token);
    }

    @Transactional
    void revoke(UUID id) {
        clients.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (clients.revoke(id, actor.get().name(), clock.instant())) {
            audit.record(AuditAction.TOKEN_REVOKED, AuditSubject.of(SUBJECT, id));
        }
    }
}
