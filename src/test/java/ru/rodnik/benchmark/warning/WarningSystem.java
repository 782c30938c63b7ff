package ru.rodnik.benchmark.warning;

import java.util.List;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringParameters;

/** The ways of scoring a family that the measurement compares, each with the given parameters. */
public enum WarningSystem {
    /** Rodnik: every agency's signals scored together by {@code ScoringRules}. */
    POOLED,
    /** The same without the multi-agency bonus: what pooling buys without that rule. */
    POOLED_WITHOUT_BONUS,
    /** Each agency's own signals scored alone; flagged when any one agency's stream is. */
    SINGLE_AGENCY;

    FlagHistory replay(List<ScoredSignal> signals, ScoringParameters parameters) {
        return switch (this) {
            case POOLED -> WarningReplay.pooled(signals, parameters);
            case POOLED_WITHOUT_BONUS -> WarningReplay.pooled(signals, withoutBonus(parameters));
            case SINGLE_AGENCY -> WarningReplay.singleAgency(signals, parameters);
        };
    }

    static ScoringParameters withoutBonus(ScoringParameters p) {
        return new ScoringParameters(
                p.halfLifeDays(),
                p.windowDays(),
                p.threshold(),
                p.multiAgencyWindowDays(),
                0,
                p.repeatWindowDays(),
                p.repeatCount(),
                p.repeatPoints(),
                p.repeatedIndicatorWindowDays(),
                p.repeatedIndicatorPoints(),
                p.immediateWindowDays());
    }
}
