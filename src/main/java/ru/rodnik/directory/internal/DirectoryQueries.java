package ru.rodnik.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.Territory;

@Service
@Transactional(readOnly = true)
class DirectoryQueries implements Directory {

    private final TerritoryRepository territories;
    private final OrganisationRepository organisations;

    DirectoryQueries(TerritoryRepository territories, OrganisationRepository organisations) {
        this.territories = territories;
        this.organisations = organisations;
    }

    @Override
    public List<Territory> territories() {
        return territories.findAllAsTree();
    }

    @Override
    public Optional<Territory> territory(String code) {
        return territories.find(code);
    }

    @Override
    public List<Territory> territories(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : territories.findAll(codes);
    }

    @Override
    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        return organisations.find(id);
    }

    @Override
    public List<Organisation> organisations(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : organisations.findAll(ids);
    }

    @Override
    public Optional<Organisation> familyCentreFor(String regionCode, String territoryCode) {
        return organisations.findFamilyCentreFor(regionCode, territoryCode);
    }
}
