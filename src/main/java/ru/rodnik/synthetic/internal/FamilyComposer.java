package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticFamily.Member;
import ru.rodnik.synthetic.SyntheticFamily.Role;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.internal.FirstNames.Generation;

/**
 * Makes family number {@code i} of a region from the seed alone: who is in the household, their names (children take
 * the father's surname in their own gender's form, unless the father never was in the family), birth dates that fit
 * together, documents and an address.
 */
public final class FamilyComposer {

    /** A family has fewer members than this; the SNILS serial of a member is {@code index × 16 + place}. */
    private static final int MEMBER_SLOTS = 16;

    private static final int CERTIFICATE_SLOTS = 8;

    /** Share of families whose documents spell their names without ё. */
    private static final double DOCUMENTS_WITHOUT_YO = 0.25;

    private static final WeightedChoice<Integer> CHILDREN =
            WeightedChoice.ofCounts(List.of(0.0, 47.0, 36.0, 12.0, 3.5, 1.0, 0.5));

    private static final String[] MOBILE_CODES = {"913", "923", "952", "953", "983", "999", "905", "961", "960"};

    private final long seed;
    private final LocalDate asOf;
    private final Catalogue catalogue;
    private final DocumentNumbers numbers;

    public FamilyComposer(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
        this.catalogue = Catalogue.standard();
        this.numbers = new DocumentNumbers(seed);
    }

    public SyntheticFamily compose(int index) {
        return new Composition(index, Seeds.random(seed, index, Seeds.FAMILY)).family();
    }

    /** The work of composing one family; lives as long as that. */
    private final class Composition {
        private final int index;
        private final SplittableRandom random;
        private final List<Member> members = new ArrayList<>(8);

        Composition(int index, SplittableRandom random) {
            this.index = index;
            this.random = random;
        }

        SyntheticFamily family() {
            UUID familyId = Seeds.uuid(random);
            Household household = Household.CHOICE.pick(random);
            Surname paternal = catalogue.surnames.pick(random);
            Surname maternal = catalogue.surnames.pick(random);
            List<LocalDate> childBirths = BirthDates.children(asOf, CHILDREN.pick(random), random);
            LocalDate eldest = childBirths.get(0);
            LocalDate youngest = childBirths.get(childBirths.size() - 1);
            // The children's father, at home or not: his first name gives their patronymic.
            String fatherName = catalogue.maleNames.pick(Generation.PARENTS, catalogue.namePool(paternal), random);
            LocalDate motherBirth = BirthDates.mother(eldest, youngest, random);
            LocalDate fatherBirth = BirthDates.father(motherBirth, eldest, youngest, random);

            if (household.mother) {
                addMother(household, paternal, maternal, motherBirth);
            }
            if (household.father) {
                adult(Role.FATHER, Sex.M, paternal.masculine(), null, fatherName, paternal, fatherBirth);
            }
            if (household == Household.GUARDIAN) {
                addGuardian(paternal, maternal, eldest);
            } else if (household.mother && random.nextDouble() < 0.08) {
                addGrandmother(household, paternal, maternal, motherBirth, fatherBirth);
            }
            addChildren(childLine(household, paternal, maternal), fatherName, childBirths);

            Settlement settlement = catalogue.settlements.pick(random);
            SyntheticFamily family =
                    new SyntheticFamily(familyId, members, settlement.code(), settlement.address(random));
            return random.nextDouble() < DOCUMENTS_WITHOUT_YO ? YoSpelling.withoutYo(family) : family;
        }

        private void addMother(Household household, Surname paternal, Surname maternal, LocalDate birth) {
            String surname = maternal.feminine();
            String maiden = null;
            double choice = random.nextDouble();
            // Most wives take the husband's surname; about one in twenty keeps her own and as many join both.
            boolean tookHusbandsName = switch (household) {
                case MARRIED -> choice >= 0.12 || paternal.equals(maternal);
                case DIVORCED_MOTHER -> choice < 0.7;
                default -> false;
            };
            if (tookHusbandsName) {
                surname = paternal.feminine();
                maiden = maternal.feminine();
            } else if (household == Household.MARRIED && choice >= 0.06) {
                surname = paternal.feminine() + "-" + maternal.feminine();
                maiden = maternal.feminine();
            }
            String firstName = catalogue.femaleNames.pick(Generation.PARENTS, catalogue.namePool(maternal), random);
            adult(Role.MOTHER, Sex.F, surname, surname.equals(maiden) ? null : maiden, firstName, maternal, birth);
        }

        /** A grandmother living with the family: the mother's mother, or the father's when there is a father. */
        private void addGrandmother(
                Household household, Surname paternal, Surname maternal, LocalDate motherBirth, LocalDate fatherBirth) {
            boolean fathersSide = household.father && random.nextDouble() < 0.4;
            Surname line = fathersSide ? paternal : maternal;
            LocalDate birth = BirthDates.parentOf(fathersSide ? fatherBirth : motherBirth, random);
            String firstName = catalogue.femaleNames.pick(Generation.PARENTS, catalogue.namePool(line), random);
            adult(Role.OTHER_ADULT, Sex.F, line.feminine(), null, firstName, line, birth);
        }

        /** Mostly a grandmother, sometimes an aunt, a grandfather or a guardian from outside the family. */
        private void addGuardian(Surname paternal, Surname maternal, LocalDate eldest) {
            double who = random.nextDouble();
            LocalDate parentBirth = BirthDates.parentOf(eldest, random);
            Sex sex = Sex.F;
            Surname line;
            LocalDate birth;
            if (who < 0.35) {
                line = paternal;
                birth = BirthDates.parentOf(parentBirth, random);
            } else if (who < 0.65) {
                line = maternal;
                birth = BirthDates.parentOf(parentBirth, random);
            } else if (who < 0.80) {
                line = catalogue.surnames.pick(random);
                birth = parentBirth.plusDays(random.nextInt(-3650, 3650));
            } else if (who < 0.88) {
                line = paternal;
                sex = Sex.M;
                birth = BirthDates.parentOf(parentBirth, random);
            } else {
                line = catalogue.surnames.pick(random);
                sex = random.nextDouble() < 0.85 ? Sex.F : Sex.M;
                birth = asOf.minusDays(random.nextInt(28 * 365, 62 * 365));
            }
            if (!birth.isBefore(asOf.minusYears(21))) {
                birth = asOf.minusYears(21).minusDays(random.nextInt(365));
            }
            String firstName = catalogue.names(sex).pick(Generation.PARENTS, catalogue.namePool(line), random);
            adult(Role.LEGAL_REP, sex, line.form(sex), null, firstName, line, birth);
        }

        private Surname childLine(Household household, Surname paternal, Surname maternal) {
            return switch (household) {
                case MARRIED, DIVORCED_MOTHER, SINGLE_FATHER -> paternal;
                case COHABITING -> random.nextDouble() < 0.75 ? paternal : maternal;
                case SINGLE_MOTHER -> maternal;
                case GUARDIAN -> random.nextDouble() < 0.7 ? paternal : maternal;
            };
        }

        private void addChildren(Surname line, String fatherName, List<LocalDate> births) {
            Set<String> taken = new HashSet<>();
            String pool = catalogue.namePool(line);
            int ordinal = 0;
            for (LocalDate birth : births) {
                Sex sex = random.nextDouble() < 0.512 ? Sex.M : Sex.F;
                String firstName;
                int tries = 0;
                do {
                    // Parents do not give two of their children one name; twins get different names too.
                    firstName = catalogue.names(sex).pick(Generation.CHILDREN, pool, random);
                } while (!taken.add(firstName) && ++tries < 50);
                String snils = random.nextDouble() < 0.93 ? numbers.snils(serial()) : null;
                String certificate = numbers.birthCertificate((long) index * CERTIFICATE_SLOTS + ordinal++);
                SyntheticPerson child = new SyntheticPerson(
                        Seeds.uuid(random),
                        line.form(sex),
                        firstName,
                        catalogue.patronymic(fatherName, sex),
                        birth,
                        sex,
                        snils,
                        certificate,
                        null,
                        null);
                members.add(new Member(child, Role.CHILD));
            }
        }

        private void adult(
                Role role,
                Sex sex,
                String lastName,
                @Nullable String maidenName,
                String firstName,
                Surname line,
                LocalDate birth) {
            // Their own father's name, from their own line.
            String ownFather = catalogue.maleNames.pick(Generation.PARENTS, catalogue.namePool(line), random);
            String snils = random.nextDouble() < 0.96 ? numbers.snils(serial()) : null;
            String phone = random.nextDouble() < 0.88 ? phone() : null;
            SyntheticPerson person = new SyntheticPerson(
                    Seeds.uuid(random),
                    lastName,
                    firstName,
                    catalogue.patronymic(ownFather, sex),
                    birth,
                    sex,
                    snils,
                    null,
                    phone,
                    maidenName);
            members.add(new Member(person, role));
        }

        private long serial() {
            return (long) index * MEMBER_SLOTS + members.size();
        }

        private String phone() {
            StringBuilder phone = new StringBuilder(16)
                    .append("+7 ")
                    .append(MOBILE_CODES[random.nextInt(MOBILE_CODES.length)])
                    .append(' ');
            appendDigits(phone, 3);
            phone.append('-');
            appendDigits(phone, 2);
            phone.append('-');
            appendDigits(phone, 2);
            return phone.toString();
        }

        private void appendDigits(StringBuilder text, int count) {
            for (int i = 0; i < count; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
    }
}
