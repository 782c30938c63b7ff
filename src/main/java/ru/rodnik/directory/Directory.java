package ru.rodnik.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask the directory. Territories and organisations are reference data, not personal data. */
public interface Directory {

    List<Territory> territories();

    Optional<Territory> territory(String code);

    /** The territories of these codes, in no particular order; codes no territory has are left out. */
    List<Territory> territories(Collection<String> codes);

    List<Organisation> organisations();

    Optional<Organisation> organisation(UUID id);

    /** The organisations of these ids, in no particular order; ids no organisation has are left out. */
    List<Organisation> organisations(Collection<UUID> ids);

    /**
     * The enabled family centre that answers for a territory of a region: the one sitting in the territory itself or
     * in its nearest enclosing territory (a district centre before the regional one); where none covers it, the
     * region's first centre by name, so that no territory is left without one. Empty only when the region has none.
     */
    Optional<Organisation> familyCentreFor(String regionCode, String territoryCode);
}
