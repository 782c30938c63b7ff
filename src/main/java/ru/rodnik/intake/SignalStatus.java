package ru.rodnik.intake;

/** Where a signal stands, as its reporter may see it. Screening decisions add the later statuses. */
public enum SignalStatus {
    RECEIVED
}
