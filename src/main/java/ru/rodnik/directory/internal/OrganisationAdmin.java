package ru.rodnik.directory.internal;

import static ru.rodnik.directory.internal.UserAccountAdmin.trimmed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.Territory;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Uuids;

@Service
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdmin {

    static final String SUBJECT = "ORGANISATION";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{5,40}");

    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationAdmin(
            OrganisationRepository organisations, TerritoryRepository territories, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an administrator enters for an organisation, new or changed. */
    public record OrganisationForm(
            @Nullable OrganisationKind kind,
            @Nullable String name,
            @Nullable String shortName,
            @Nullable String territoryCode,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String email,
            @Nullable Boolean enabled,
            int version) {}

    @Transactional
    UUID create(OrganisationForm form) {
        Territory territory = validate(form);
        UUID id = Uuids.timeOrdered();
        organisations.insert(toOrganisation(id, form, territory), clock.instant());
        audit.record(AuditAction.CREATE, AuditSubject.of(SUBJECT, id));
        return id;
    }

    @Transactional
    void update(UUID id, OrganisationForm form) {
        organisations.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        Territory territory = validate(form);
        organisations.update(toOrganisation(id, form, territory));
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT, id));
    }

    private Territory validate(OrganisationForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        if (form.kind() == null) {
            violations.add(FieldViolation.of("kind", "E1301", "directory.organisation.kind.required"));
        }
        String name = trimmed(form.name());
        if (name.isEmpty()) {
            violations.add(FieldViolation.of("name", "E1302", "directory.name.required"));
        } else if (name.length() > 300) {
            violations.add(FieldViolation.of("name", "E1303", "directory.field.tooLong", 300));
        }
        if (trimmed(form.shortName()).length() > 120) {
            violations.add(FieldViolation.of("shortName", "E1304", "directory.field.tooLong", 120));
        }
        Territory territory = territories.find(trimmed(form.territoryCode())).orElse(null);
        if (territory == null) {
            violations.add(FieldViolation.of("territoryCode", "E1305", "directory.organisation.territory.unknown"));
        }
        if (trimmed(form.address()).length() > 300) {
            violations.add(FieldViolation.of("address", "E1306", "directory.field.tooLong", 300));
        }
        String phone = trimmed(form.phone());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            violations.add(FieldViolation.of("phone", "E1307", "directory.organisation.phone.format"));
        }
        String email = trimmed(form.email());
        if (!email.isEmpty() && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
            violations.add(FieldViolation.of("email", "E1308", "directory.organisation.email.format"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return territory;
    }

    private static Organisation toOrganisation(UUID id, OrganisationForm form, Territory territory) {
        String name = trimmed(form.name());
        String shortName = trimmed(form.shortName());
        return new Organisation(
                id,
                form.kind(),
                name,
                shortName.isEmpty() ? name.substring(0, Math.min(name.length(), 120)) : shortName,
                territory.code(),
                territory.regionCode(),
                blankToNull(form.address()),
                blankToNull(form.phone()),
                blankToNull(form.email()),
                Boolean.TRUE.equals(form.enabled()),
                form.version());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String trimmed = trimmed(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
