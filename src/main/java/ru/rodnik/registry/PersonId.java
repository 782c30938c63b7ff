package ru.rodnik.registry;

import java.util.UUID;
import ru.rodnik.platform.Uuids;

public record PersonId(UUID value) {

    public static PersonId newId() {
        return new PersonId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
