package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/**
 * Compares a subject with a candidate on every feature. Names are compared in both orders — surname with surname and
 * first name with first name, then each with the other's field — and the order with more evidence is kept, so that
 * «Наталья Семенова» written into the wrong fields still meets «Семенова Наталья».
 *
 * <p>A woman's surname changes with marriage, and agencies write either: a mother under her maiden name is a DIFFERENT
 * surname (−5 bits), which leaves her below the automatic link even when everything else agrees. When it cannot be
 * a namesake — an adult woman on both sides, the same first name (exactly or as a form of it, Наташа / Наталья),
 * patronymic and full birth date exactly equal, and the same address or a family member seen with her — the surname is {@link SurnameLevel#MAIDEN_NAME} and weighs nothing either
 * way. A sister has another first name, a cousin of the same name, patronymic and birthday at one address practically
 * never exists; a woman without address or companions in the report still goes to review.
 */
final class PairComparison {

    private final MatchWeights weights;
    private final NameFrequencies frequencies;
    private final SurnameComparison surnames = new SurnameComparison();
    private final GivenNameComparison givenNames = new GivenNameComparison();
    private final PatronymicComparison patronymics = new PatronymicComparison();
    private final BirthDateComparison birthDates = new BirthDateComparison();
    private final SnilsComparison snilses = new SnilsComparison();
    private final BirthCertificateComparison certificates = new BirthCertificateComparison();
    private final SexComparison sexes = new SexComparison();
    private final PlaceComparison places = new PlaceComparison();
    private final FamilyComparison families = new FamilyComparison();
    private final @Nullable LocalDate adultsBornBy;

    /** Without knowing today's date, so that no surname counts as {@link SurnameLevel#MAIDEN_NAME}. */
    PairComparison(MatchWeights weights, NameFrequencies frequencies) {
        this(weights, frequencies, null);
    }

    /**
     * @param adultsBornBy the last birth date of an adult today, for {@link SurnameLevel#MAIDEN_NAME}; null: never
     */
    PairComparison(MatchWeights weights, NameFrequencies frequencies, @Nullable LocalDate adultsBornBy) {
        this.weights = weights;
        this.frequencies = frequencies;
        this.adultsBornBy = adultsBornBy;
    }

    ComparisonVector compare(LinkageRecord subject, LinkageRecord candidate) {
        LinkageRecord a = subject;
        LinkageRecord b = candidate;
        SurnameLevel surname = surnames.compare(
                a.surname(), a.surnameKey(), a.surnamePhonetic(), b.surname(), b.surnameKey(), b.surnamePhonetic());
        GivenNameLevel givenName = givenNames.compare(
                a.givenName(),
                a.givenNameKeys(),
                a.givenNamePhonetic(),
                a.sex(),
                b.givenName(),
                b.givenNameKeys(),
                b.givenNamePhonetic(),
                b.sex());
        boolean swapped = false;
        // A crosswise reading can only win when neither name agrees where it stands: a surname that matches the
        // other surname cannot also match the other first name, short of a person named «Роман Роман».
        if (disagreesInPlace(surname, givenName) && allNamesPresent(a, b)) {
            // The subject's first name read as a surname has no key of its own; its text stands in for one.
            SurnameLevel crossSurname = surnames.compare(
                    a.givenName(),
                    a.givenName(),
                    a.givenNamePhonetic(),
                    b.surname(),
                    b.surnameKey(),
                    b.surnamePhonetic());
            GivenNameLevel crossGivenName = givenNames.compare(
                    a.surname(),
                    Set.of(),
                    a.surnamePhonetic(),
                    a.sex(),
                    b.givenName(),
                    b.givenNameKeys(),
                    b.givenNamePhonetic(),
                    b.sex());
            if (weights.weight(crossSurname) + weights.weight(crossGivenName)
                    > weights.weight(surname) + weights.weight(givenName)) {
                surname = crossSurname;
                givenName = crossGivenName;
                swapped = true;
            }
        }
        // Shares are looked up on the candidate's side: its values are the registry's spelling of the name.
        double surnameShare = surname == SurnameLevel.EXACT && b.surnameKey() != null
                ? frequencies.surname(b.surnameKey())
                : Double.NaN;
        double givenNameShare =
                givenName == GivenNameLevel.EXACT ? frequencies.givenName(b.givenNameKeys()) : Double.NaN;
        PatronymicLevel patronymic = patronymics.compare(a.patronymic(), b.patronymic());
        BirthDateLevel birthDate = birthDates.compare(a.birthDate(), b.birthDate());
        SexLevel sex = sexes.compare(a.sex(), b.sex());
        PlaceLevel place = places.compare(a.address(), a.territoryCode(), b.address(), b.territoryCode());
        FamilyLevel family = families.compare(a.coSubjectKeys(), b.coSubjectKeys());
        if (surname == SurnameLevel.DIFFERENT
                && (givenName == GivenNameLevel.EXACT || givenName == GivenNameLevel.VARIANT)
                && patronymic == PatronymicLevel.EXACT
                && birthDate == BirthDateLevel.EXACT
                && sex == SexLevel.AGREE
                && b.sex() == Sex.F
                && (place == PlaceLevel.SAME_ADDRESS || family == FamilyLevel.CO_OCCURS)
                && adult(b.birthDate())) {
            surname = SurnameLevel.MAIDEN_NAME;
        }
        return new ComparisonVector(
                surname,
                givenName,
                patronymic,
                birthDate,
                snilses.compare(a.snils(), a.snilsValid(), b.snils(), b.snilsValid()),
                certificates.compare(a.birthCertificate(), b.birthCertificate()),
                sex,
                place,
                family,
                swapped,
                surnameShare,
                givenNameShare);
    }

    private boolean adult(@Nullable LocalDate birthDate) {
        return adultsBornBy != null && birthDate != null && !birthDate.isAfter(adultsBornBy);
    }

    private static boolean disagreesInPlace(SurnameLevel surname, GivenNameLevel givenName) {
        return surname.compareTo(SurnameLevel.PHONETIC) > 0 && givenName.compareTo(GivenNameLevel.PHONETIC) > 0;
    }

    private static boolean allNamesPresent(LinkageRecord a, LinkageRecord b) {
        return a.surname() != null && a.givenName() != null && b.surname() != null && b.givenName() != null;
    }
}
