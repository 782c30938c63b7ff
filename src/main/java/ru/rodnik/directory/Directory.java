package ru.rodnik.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask the directory. Territories and organisations are reference data, not personal data. */
public interface Directory {

    List<Territory> territories();

    Optional<Territory> territory(String code);

    List<Organisation> organisations();

    Optional<Organisation> organisation(UUID id);
}
