package ru.rodnik.intake;

/** Where a signal stands, as its reporter may see it: the closed loop that keeps partner agencies reporting. */
public enum SignalStatus {
    /** Stored and waiting for the family centre's screening. */
    RECEIVED,
    /** Taken into work: a case was opened for the family, or the signal joined its open case. */
    IN_WORK,
    /** Passed to another organisation, which the reporter is told. */
    REFERRED,
    /** The family centre found no grounds for work with the family. */
    NO_GROUNDS
}
