package ru.rodnik.registry;

import java.util.UUID;
import ru.rodnik.platform.Uuids;

public record FamilyId(UUID value) {

    public static FamilyId newId() {
        return new FamilyId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
