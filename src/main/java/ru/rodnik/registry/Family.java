package ru.rodnik.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A household: the people who live together and the child(ren) it is about. */
public record Family(
        FamilyId id,
        String regionCode,
        @Nullable String territoryCode,
        @Nullable String addressText,
        List<FamilyMember> members,
        int version) {

    public Family {
        members = List.copyOf(members);
    }
}
