package ru.rodnik.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record FamilyMember(
        Person person,
        FamilyRole role,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public boolean currentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
