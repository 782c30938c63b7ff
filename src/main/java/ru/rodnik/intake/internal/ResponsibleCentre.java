package ru.rodnik.intake.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.directory.Territory;

/**
 * Finds the family centre that answers for a territory: the enabled centre sitting in the territory itself or in its
 * nearest enclosing territory (a district centre before the regional one). Where no centre covers the territory, the
 * region's first centre by name takes the signal, so that no signal is left without a screener.
 */
@Component
class ResponsibleCentre {

    private final Directory directory;

    ResponsibleCentre(Directory directory) {
        this.directory = directory;
    }

    Optional<UUID> of(String regionCode, String territoryCode) {
        List<Organisation> centres = directory.organisations().stream()
                .filter(o -> o.enabled()
                        && o.kind() == OrganisationKind.FAMILY_CENTRE
                        && o.regionCode().equals(regionCode))
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        if (centres.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Territory> territories = directory.territories().stream()
                .filter(t -> t.regionCode().equals(regionCode))
                .collect(Collectors.toMap(Territory::code, Function.identity()));
        @Nullable String code = territoryCode;
        while (code != null) {
            String here = code;
            Optional<Organisation> centre =
                    centres.stream().filter(o -> o.territoryCode().equals(here)).findFirst();
            if (centre.isPresent()) {
                return centre.map(Organisation::id);
            }
            Territory territory = territories.get(code);
            code = territory == null ? null : territory.parentCode();
        }
        return Optional.of(Objects.requireNonNull(centres.get(0)).id());
    }
}
