package ru.rodnik.registry;

import java.util.UUID;

public record FamilyId(UUID value) {

    public static FamilyId random() {
        return new FamilyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
