package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;
import ru.rodnik.synthetic.NoiseKind;
import ru.rodnik.synthetic.NoiseRates;
import ru.rodnik.synthetic.SyntheticFamily.Role;

/**
 * Applies the distortions of {@link NoiseKind} to a report draft at the configured rates, in the enum's order, and
 * lists those that changed something.
 */
final class ReportNoise {

    private static final NoiseKind[] KINDS = NoiseKind.values();

    private final NoiseRates rates;
    private final Catalogue catalogue;

    ReportNoise(NoiseRates rates, Catalogue catalogue) {
        this.rates = rates;
        this.catalogue = catalogue;
    }

    /** Distorts the draft in place; answers what was done, as {@code KIND} or {@code KIND:field}. */
    List<String> apply(ReportDraft draft, double carelessness, SplittableRandom random) {
        double factor = carelessness;
        if (random.nextDouble() < rates.messyShare()) {
            factor *= rates.messyFactor();
        }
        List<String> applied = List.of();
        for (NoiseKind kind : KINDS) {
            double rate = rates.rate(kind);
            if (rate > 0 && random.nextDouble() < Math.min(1, rate * factor)) {
                String done = apply(kind, draft, random);
                if (done != null) {
                    if (applied.isEmpty()) {
                        applied = new ArrayList<>(3);
                    }
                    applied.add(done);
                }
            }
        }
        return applied;
    }

    /** One distortion; null when it does not apply to this draft. */
    @Nullable
    String apply(NoiseKind kind, ReportDraft draft, SplittableRandom random) {
        return switch (kind) {
            case MAIDEN_NAME -> maidenName(draft) ? kind.name() : null;
            case SURNAME_GENDER_SLIP -> genderSlip(draft) ? kind.name() : null;
            case DIMINUTIVE -> diminutive(draft, random) ? kind.name() : null;
            case HYPHEN_SPACE -> hyphenSpace(draft, random);
            case YO_E -> yoE(draft) ? kind.name() : null;
            case TYPO_ADJACENT_KEY, TYPO_DROPPED_LETTER, TYPO_DOUBLED_LETTER, TYPO_TRANSPOSED_LETTERS ->
                typo(kind, draft, random);
            case PATRONYMIC_MISSING -> patronymicMissing(draft) ? kind.name() : null;
            case NAMES_SWAPPED -> namesSwapped(draft) ? kind.name() : null;
            case TRANSLIT_ICAO -> transliterated(draft, Transliteration.ICAO_9303) ? kind.name() : null;
            case TRANSLIT_INFORMAL -> transliterated(draft, Transliteration.INFORMAL) ? kind.name() : null;
            case BIRTH_DATE_MISSING, BIRTH_DATE_DAY_MONTH_SWAPPED, BIRTH_DATE_DIGIT, BIRTH_DATE_SHIFTED ->
                birthDate(kind, draft, random) ? kind.name() : null;
            case SNILS_MISSING, SNILS_WRONG_DIGIT -> snils(kind, draft, random) ? kind.name() : null;
            case UPPER_CASE -> upperCase(draft) ? kind.name() : null;
        };
    }

    static boolean maidenName(ReportDraft draft) {
        if (draft.role != Role.MOTHER || draft.maidenName == null || draft.maidenName.equals(draft.lastName)) {
            return false;
        }
        draft.lastName = draft.maidenName;
        return true;
    }

    static boolean genderSlip(ReportDraft draft) {
        if (draft.lastName == null || draft.latin) {
            return false;
        }
        String slipped =
                draft.sex == Sex.F ? SurnameForms.masculine(draft.lastName) : SurnameForms.feminine(draft.lastName);
        if (slipped.equals(draft.lastName)) {
            return false;
        }
        draft.lastName = slipped;
        return true;
    }

    boolean diminutive(ReportDraft draft, SplittableRandom random) {
        if (draft.firstName == null || !draft.firstName.equals(draft.truthFirstName)) {
            return false;
        }
        List<String> forms = catalogue.diminutives(draft.firstName);
        if (forms.isEmpty()) {
            return false;
        }
        // The first short form listed is the usual one.
        draft.firstName = forms.get(random.nextDouble() < 0.75 ? 0 : random.nextInt(forms.size()));
        return true;
    }

    static @Nullable String hyphenSpace(ReportDraft draft, SplittableRandom random) {
        double way = random.nextDouble();
        String separator = way < 0.6 ? " " : way < 0.8 ? " - " : "";
        if (draft.lastName != null && draft.lastName.indexOf('-') > 0) {
            draft.lastName = draft.lastName.replace("-", separator);
            return NoiseKind.HYPHEN_SPACE.name() + ":lastName";
        }
        if (draft.firstName != null && draft.firstName.indexOf('-') > 0) {
            draft.firstName = draft.firstName.replace("-", separator);
            return NoiseKind.HYPHEN_SPACE.name() + ":firstName";
        }
        return null;
    }

    /** ё to е where there is one; otherwise the usual ё put back into names the documents write with е. */
    boolean yoE(ReportDraft draft) {
        if (hasYo(draft.lastName) || hasYo(draft.firstName) || hasYo(draft.patronymic)) {
            draft.lastName = YoSpelling.withoutYo(draft.lastName);
            draft.firstName = YoSpelling.withoutYo(draft.firstName);
            draft.patronymic = YoSpelling.withoutYo(draft.patronymic);
            return true;
        }
        String last = withYo(draft.lastName);
        String first = withYo(draft.firstName);
        String patronymic = withYo(draft.patronymic);
        if (last == null && first == null && patronymic == null) {
            return false;
        }
        draft.lastName = last != null ? last : draft.lastName;
        draft.firstName = first != null ? first : draft.firstName;
        draft.patronymic = patronymic != null ? patronymic : draft.patronymic;
        return true;
    }

    private static boolean hasYo(@Nullable String name) {
        return name != null && (name.indexOf('ё') >= 0 || name.indexOf('Ё') >= 0);
    }

    private @Nullable String withYo(@Nullable String name) {
        return name == null ? null : catalogue.yoSpelling(name);
    }

    /** A typo in the surname (half the time), the first name or the patronymic. */
    static @Nullable String typo(NoiseKind kind, ReportDraft draft, SplittableRandom random) {
        if (draft.latin) {
            return null;
        }
        double which = random.nextDouble();
        String field = which < 0.5 ? "lastName" : which < 0.8 ? "firstName" : "patronymic";
        String value = switch (field) {
            case "lastName" -> draft.lastName;
            case "firstName" -> draft.firstName;
            default -> draft.patronymic;
        };
        if (value == null) {
            return null;
        }
        String changed = switch (kind) {
            case TYPO_ADJACENT_KEY -> Typos.adjacentKey(value, random);
            case TYPO_DROPPED_LETTER -> Typos.droppedLetter(value, random);
            case TYPO_DOUBLED_LETTER -> Typos.doubledLetter(value, random);
            case TYPO_TRANSPOSED_LETTERS -> Typos.transposedLetters(value, random);
            default -> throw new IllegalArgumentException(kind + " is not a typo");
        };
        if (changed == null || changed.equals(value)) {
            return null;
        }
        switch (field) {
            case "lastName" -> draft.lastName = changed;
            case "firstName" -> draft.firstName = changed;
            default -> draft.patronymic = changed;
        }
        return kind.name() + ":" + field;
    }

    static boolean patronymicMissing(ReportDraft draft) {
        if (draft.patronymic == null) {
            return false;
        }
        draft.patronymic = null;
        return true;
    }

    static boolean namesSwapped(ReportDraft draft) {
        if (draft.lastName == null || draft.firstName == null) {
            return false;
        }
        String last = draft.lastName;
        draft.lastName = draft.firstName;
        draft.firstName = last;
        return true;
    }

    static boolean transliterated(ReportDraft draft, Transliteration way) {
        if (draft.latin) {
            return false;
        }
        draft.lastName = draft.lastName == null ? null : way.apply(draft.lastName);
        draft.firstName = draft.firstName == null ? null : way.apply(draft.firstName);
        draft.patronymic = draft.patronymic == null ? null : way.apply(draft.patronymic);
        draft.latin = true;
        return true;
    }

    /** At most one distortion of the birth date per report: a missing date cannot also be swapped. */
    static boolean birthDate(NoiseKind kind, ReportDraft draft, SplittableRandom random) {
        LocalDate date = draft.birthDate;
        if (date == null || draft.birthDateDistorted) {
            return false;
        }
        LocalDate changed = switch (kind) {
            case BIRTH_DATE_MISSING -> null;
            case BIRTH_DATE_DAY_MONTH_SWAPPED -> DateSlips.dayMonthSwapped(date);
            case BIRTH_DATE_DIGIT -> DateSlips.oneDigitChanged(date, random);
            case BIRTH_DATE_SHIFTED -> DateSlips.shifted(date, random);
            default -> throw new IllegalArgumentException(kind + " is not about the birth date");
        };
        if (changed == null && kind != NoiseKind.BIRTH_DATE_MISSING) {
            return false;
        }
        draft.birthDate = changed;
        draft.birthDateDistorted = true;
        return true;
    }

    static boolean snils(NoiseKind kind, ReportDraft draft, SplittableRandom random) {
        if (draft.snils == null || draft.snilsDistorted) {
            return false;
        }
        draft.snils = kind == NoiseKind.SNILS_MISSING ? null : SnilsSlips.oneDigitWrong(draft.snils, random);
        draft.snilsDistorted = true;
        return true;
    }

    static boolean upperCase(ReportDraft draft) {
        String last = upper(draft.lastName);
        String first = upper(draft.firstName);
        String patronymic = upper(draft.patronymic);
        boolean changed = !Objects.equals(last, draft.lastName)
                || !Objects.equals(first, draft.firstName)
                || !Objects.equals(patronymic, draft.patronymic);
        draft.lastName = last;
        draft.firstName = first;
        draft.patronymic = patronymic;
        return changed;
    }

    private static @Nullable String upper(@Nullable String name) {
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }
}
