package ru.rodnik.intake;

/** What the family centre decided about a signal (DESIGN.md §3), and the status the reporter then sees. */
public enum ScreeningDecision {
    OPEN_CASE(SignalStatus.IN_WORK),
    ATTACH_TO_CASE(SignalStatus.IN_WORK),
    REFER(SignalStatus.REFERRED),
    NO_GROUNDS(SignalStatus.NO_GROUNDS);

    private final SignalStatus status;

    ScreeningDecision(SignalStatus status) {
        this.status = status;
    }

    public SignalStatus status() {
        return status;
    }
}
