package ru.rodnik.casework;

import java.util.UUID;

public record CaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
