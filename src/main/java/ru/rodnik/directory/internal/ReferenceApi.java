package ru.rodnik.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.TerritoryLevel;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Справочники: территории и организации")
class ReferenceApi {

    private final Directory directory;

    ReferenceApi(Directory directory) {
        this.directory = directory;
    }

    record TerritoryItem(String code, @Nullable String parentCode, TerritoryLevel level, String name, boolean remote) {}

    record OrganisationItem(
            UUID id,
            OrganisationKind kind,
            String name,
            String shortName,
            String territoryCode,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String email) {}

    @GetMapping("/territories")
    @Operation(summary = "Territories (region, municipalities, settlements) with OKTMO-like codes")
    List<TerritoryItem> territories() {
        return directory.territories().stream()
                .map(t -> new TerritoryItem(t.code(), t.parentCode(), t.level(), t.name(), t.remote()))
                .toList();
    }

    @GetMapping("/organisations")
    @Operation(summary = "Active organisations of the prevention system with their contacts")
    List<OrganisationItem> organisations() {
        return directory.organisations().stream()
                .filter(o -> o.enabled())
                .map(o -> new OrganisationItem(
                        o.id(),
                        o.kind(),
                        o.name(),
                        o.shortName(),
                        o.territoryCode(),
                        o.address(),
                        o.phone(),
                        o.email()))
                .toList();
    }
}
