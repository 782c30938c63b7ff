package ru.rodnik.casework;

public enum CaseStatus {
    OPEN,
    CLOSED
}
