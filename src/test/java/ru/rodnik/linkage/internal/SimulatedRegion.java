package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/**
 * A small synthetic region with ground truth: families of a mother, sometimes a father, and children (some of them
 * twins), with Russian names drawn with skewed frequencies, and signals that name them with the noise agencies
 * produce. Stand-ins for the normaliser's keys are deliberately simple and no kinder than a real one: the phonetic
 * key keeps a final vowel, so a surname's gender forms do not share it. (The project's {@code ru.rodnik.synthetic}
 * generator is richer; this one keeps the linkage tests independent of the registry's normaliser.)
 */
final class SimulatedRegion {

    private static final String[] SURNAMES =
            ("иванов смирнов кузнецов попов васильев петров соколов михайлов новиков федоров морозов волков алексеев "
                            + "лебедев семенов егоров павлов козлов степанов николаев орлов андреев макаров никитин захаров "
                            + "зайцев соловьев борисов яковлев григорьев романов воробьев сергеев кузьмин фролов александров "
                            + "дмитриев королев гусев киселев ильин максимов поляков сорокин виноградов ковалев белов медведев "
                            + "антонов тарасов жуков баранов филиппов комаров давыдов беляев герасимов богданов осипов сидоров "
                            + "матвеев титов марков миронов крылов куликов карпов власов мельников денисов гаврилов тихонов "
                            + "казаков афанасьев данилов савельев тимофеев фомин чернов абрамов мартынов ефимов федотов щербаков "
                            + "назаров калинин исаев чернышев быков маслов родионов коновалов лазарев воронин климов филатов "
                            + "пономарев голубев кудрявцев прохоров наумов потапов журавлев овчинников трофимов леонов соболев "
                            + "ермаков колесников гончаров емельянов никифоров грачев котов гришин ефремов архипов громов "
                            + "кириллов малышев панов моисеев румянцев акимов кондратьев бирюков горбунов анисимов еремин "
                            + "никольский петровский ковальчук мельник бондаренко шевченко коваленко ткаченко кравченко")
                    .split(" ");

    private static final String[] WOMEN = ("анна мария елена ольга наталья татьяна ирина екатерина светлана юлия "
                    + "анастасия дарья александра ксения виктория полина софия елизавета алина вероника валентина галина "
                    + "людмила надежда марина кристина алена евгения ульяна варвара алиса арина диана яна маргарита вера")
            .split(" ");

    private static final String[] MEN = ("александр сергей дмитрий андрей алексей максим иван михаил артем николай "
                    + "владимир евгений павел роман игорь олег денис никита кирилл егор илья матвей тимофей даниил антон "
                    + "виктор юрий константин вадим петр василий георгий федор степан ярослав глеб марк лев арсений")
            .split(" ");

    /** Diminutives and spelling variants with the full names they stand for, as the normaliser resolves them. */
    private static final Map<String, Set<String>> VARIANTS = Map.ofEntries(
            Map.entry("саша", Set.of("александр", "александра")),
            Map.entry("женя", Set.of("евгений", "евгения")),
            Map.entry("наташа", Set.of("наталья")),
            Map.entry("наталия", Set.of("наталья")),
            Map.entry("таня", Set.of("татьяна")),
            Map.entry("маша", Set.of("мария")),
            Map.entry("катя", Set.of("екатерина")),
            Map.entry("лена", Set.of("елена")),
            Map.entry("оля", Set.of("ольга")),
            Map.entry("ира", Set.of("ирина")),
            Map.entry("юля", Set.of("юлия")),
            Map.entry("настя", Set.of("анастасия")),
            Map.entry("даша", Set.of("дарья")),
            Map.entry("ксюша", Set.of("ксения")),
            Map.entry("вика", Set.of("виктория")),
            Map.entry("лиза", Set.of("елизавета")),
            Map.entry("софья", Set.of("софия")),
            Map.entry("сережа", Set.of("сергей")),
            Map.entry("дима", Set.of("дмитрий")),
            Map.entry("леша", Set.of("алексей")),
            Map.entry("ваня", Set.of("иван")),
            Map.entry("миша", Set.of("михаил")),
            Map.entry("коля", Set.of("николай")),
            Map.entry("паша", Set.of("павел")),
            Map.entry("данил", Set.of("даниил")),
            Map.entry("юра", Set.of("юрий")));

    private static final String VOWELS = "аеиоуыэюяйьъ";
    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюя";
    private static final String[] TERRITORIES = {"46658000", "46659000", "50701000", "50703000", "50704000"};

    /** A person as the registry holds them, without noise. */
    record Person(
            int id,
            int family,
            String familyName,
            String givenName,
            String fatherName,
            Sex sex,
            LocalDate birthDate,
            @Nullable String snils,
            String territory,
            String address) {}

    private final Random random;
    private final List<Person> people = new ArrayList<>();
    private final Map<Integer, List<Person>> families = new HashMap<>();
    private final double[] surnameWeights;
    private int nextId;

    SimulatedRegion(int familyCount, Random random) {
        this.random = random;
        this.surnameWeights = zipf(SURNAMES.length);
        for (int family = 0; family < familyCount; family++) {
            addFamily(family);
        }
    }

    List<Person> people() {
        return people;
    }

    List<Person> family(Person person) {
        return families.get(person.family());
    }

    // ---- the registry's view ----------------------------------------------------------------------------------

    /** The registry's record of a person: clean, with the keys of the family members. */
    LinkageRecord registryRecord(Person person) {
        Set<String> family = new HashSet<>();
        for (Person member : family(person)) {
            if (member.id() != person.id()) {
                family.addAll(CoSubjectKeys.of(clean(member).build()));
            }
        }
        return clean(person).coSubjectKeys(family).build();
    }

    LinkageRecord.Builder clean(Person person) {
        Names names = new Names(surname(person.familyName(), person.sex()), person.givenName());
        return names.into(LinkageRecord.builder())
                .patronymic(patronymic(person.fatherName(), person.sex()))
                .birthDate(person.birthDate())
                .sex(person.sex())
                .snils(person.snils())
                .territoryCode(person.territory())
                .address(person.address());
    }

    /** A person nobody has registered yet, drawn like the others but kept out of the registry. */
    Person stranger(int id) {
        boolean female = random.nextBoolean();
        return new Person(
                id,
                -1,
                drawSurname(),
                draw(female ? WOMEN : MEN),
                draw(MEN),
                female ? Sex.F : Sex.M,
                randomDate(random.nextBoolean() ? 2006 : 1975, random.nextBoolean() ? 2024 : 2000),
                random.nextDouble() < 0.7 ? randomSnils() : null,
                draw(TERRITORIES),
                "адрес" + random.nextInt(1_000_000));
    }

    // ---- a signal's view: the noise ----------------------------------------------------------------------------

    /** How a subject was written in a signal, and what went wrong. */
    record Noisy(LinkageRecord record, List<String> noise) {}

    Noisy asReported(Person person, @Nullable Person companion) {
        List<String> noise = new ArrayList<>();
        String familyName = surname(person.familyName(), person.sex());
        String given = person.givenName();
        if (person.sex() == Sex.F && isAdult(person) && chance(0.15, noise, "maiden name")) {
            familyName = surname(drawSurname(), Sex.F);
        }
        if (chance(0.03, noise, "surname in the other gender form")) {
            familyName = surname(person.familyName(), person.sex() == Sex.F ? Sex.M : Sex.F);
        }
        if (chance(0.05, noise, "surname typo")) {
            familyName = typo(familyName);
        }
        if (chance(0.05, noise, "surname transliterated")) {
            familyName = soundAlike(familyName);
        }
        List<String> variants = variantsOf(given);
        if (!variants.isEmpty() && chance(0.15, noise, "first name variant")) {
            given = variants.get(random.nextInt(variants.size()));
        }
        if (chance(0.04, noise, "first name typo")) {
            given = typo(given);
        }
        if (chance(0.05, noise, "first name transliterated")) {
            given = soundAlike(given);
        }
        Names names = new Names(familyName, given);
        if (chance(0.03, noise, "surname and first name swapped")) {
            names = names.swapped();
        }
        LocalDate birthDate = person.birthDate();
        if (birthDate.getDayOfMonth() <= 12
                && birthDate.getDayOfMonth() != birthDate.getMonthValue()
                && chance(0.03, noise, "day and month swapped")) {
            birthDate = LocalDate.of(birthDate.getYear(), birthDate.getDayOfMonth(), birthDate.getMonthValue());
        }
        if (chance(0.03, noise, "one digit of the birth date")) {
            birthDate = oneDigitOff(birthDate);
        }
        if (chance(0.01, noise, "birth date a few days off")) {
            birthDate = birthDate.plusDays(random.nextBoolean() ? 1 + random.nextInt(3) : -1 - random.nextInt(3));
        }
        @Nullable LocalDate writtenDate = chance(0.05, noise, "no birth date") ? null : birthDate;
        String patronymic = random.nextDouble() < 0.3 ? null : patronymic(person.fatherName(), person.sex());
        String snils = person.snils() != null && random.nextDouble() < 0.3 ? person.snils() : null;
        if (snils != null && chance(0.03, noise, "SNILS typo")) {
            snils = oneDigitOff(snils);
        }
        Set<String> companions = companion == null || random.nextDouble() < 0.3
                ? Set.of()
                : CoSubjectKeys.of(clean(companion).build());
        LinkageRecord record = names.into(LinkageRecord.builder())
                .patronymic(patronymic)
                .birthDate(writtenDate)
                .sex(random.nextDouble() < 0.2 ? null : person.sex())
                .snils(snils)
                .territoryCode(random.nextDouble() < 0.2 ? null : person.territory())
                .address(random.nextBoolean() ? person.address() : null)
                .coSubjectKeys(companions)
                .build();
        return new Noisy(record, noise);
    }

    /** A subject with exactly one kind of noise, for the tests that take each kind on its own. */
    static LinkageRecord.Builder withNames(LinkageRecord.Builder builder, String surname, String given) {
        return new Names(surname, given).into(builder);
    }

    // ---- the normaliser's stand-ins ----------------------------------------------------------------------------

    /** Surname and first name as they stand in the two fields, with the keys the normaliser would give. */
    record Names(String surnameField, String givenField) {

        Names swapped() {
            return new Names(givenField, surnameField);
        }

        LinkageRecord.Builder into(LinkageRecord.Builder builder) {
            return builder.surname(surnameField, surnameKey(surnameField), sound(surnameField))
                    .givenName(givenField, givenKeys(givenField), sound(givenField));
        }
    }

    static String surnameKey(String surname) {
        if (surname.endsWith("ская") || surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 2);
        }
        if (surname.endsWith("ова") || surname.endsWith("ева") || surname.endsWith("ина") || surname.endsWith("ына")) {
            return surname.substring(0, surname.length() - 1);
        }
        return surname;
    }

    static Set<String> givenKeys(String given) {
        return VARIANTS.getOrDefault(given, Set.of(given));
    }

    /** Consonant skeleton, voiced consonants devoiced, doubles collapsed, a final vowel kept. */
    static String sound(String name) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = devoiced(name.charAt(i));
            boolean vowel = VOWELS.indexOf(c) >= 0;
            if ((i == 0 || !vowel) && (key.length() == 0 || key.charAt(key.length() - 1) != c)) {
                key.append(c);
            }
        }
        char last = name.charAt(name.length() - 1);
        if (name.length() > 1 && "аяеиоыу".indexOf(last) >= 0) {
            key.append(last == 'я' ? 'а' : last);
        }
        return key.toString();
    }

    private static char devoiced(char c) {
        return switch (c) {
            case 'б' -> 'п';
            case 'в' -> 'ф';
            case 'г' -> 'к';
            case 'д' -> 'т';
            case 'ж' -> 'ш';
            case 'з' -> 'с';
            default -> c;
        };
    }

    static String surname(String familyName, Sex sex) {
        if (sex == Sex.M) {
            return familyName;
        }
        if (familyName.endsWith("ский")) {
            return familyName.substring(0, familyName.length() - 2) + "ая";
        }
        if (familyName.endsWith("ов") || familyName.endsWith("ев") || familyName.endsWith("ин")) {
            return familyName + "а";
        }
        return familyName;
    }

    static String patronymic(String fatherName, Sex sex) {
        String stem;
        if (fatherName.endsWith("ья")) {
            String root = fatherName.substring(0, fatherName.length() - 2);
            return sex == Sex.M ? root + "ьич" : root + "ьинична";
        }
        if (fatherName.endsWith("й")) {
            stem = fatherName.substring(0, fatherName.length() - 1) + "ев";
        } else if (fatherName.endsWith("а")) {
            stem = fatherName.substring(0, fatherName.length() - 1) + "ич";
            return sex == Sex.M ? stem : stem + "на";
        } else {
            stem = fatherName + "ов";
        }
        return sex == Sex.M ? stem + "ич" : stem + "на";
    }

    // ---- drawing -------------------------------------------------------------------------------------------------

    private void addFamily(int family) {
        List<Person> members = new ArrayList<>();
        String familyName = drawSurname();
        String territory = draw(TERRITORIES);
        String address = "адрес" + family;
        String grandfather = draw(MEN);
        String father = draw(MEN);
        members.add(person(
                family, familyName, draw(WOMEN), grandfather, Sex.F, randomDate(1975, 2000), territory, address));
        if (random.nextBoolean()) {
            members.add(
                    person(family, familyName, father, draw(MEN), Sex.M, randomDate(1970, 1998), territory, address));
        }
        int children = 1 + random.nextInt(3);
        for (int i = 0; i < children; i++) {
            Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
            LocalDate birth = randomDate(2006, 2024);
            members.add(person(
                    family, familyName, draw(sex == Sex.F ? WOMEN : MEN), father, sex, birth, territory, address));
            if (random.nextDouble() < 0.03) {
                // Twins: same everything but the first name (and sometimes the sex).
                Sex twinSex = random.nextBoolean() ? sex : (sex == Sex.F ? Sex.M : Sex.F);
                String twinName = draw(twinSex == Sex.F ? WOMEN : MEN);
                if (!twinName.equals(members.get(members.size() - 1).givenName())) {
                    members.add(person(family, familyName, twinName, father, twinSex, birth, territory, address));
                }
            }
        }
        families.put(family, members);
        people.addAll(members);
    }

    private Person person(
            int family,
            String familyName,
            String given,
            String fatherName,
            Sex sex,
            LocalDate birth,
            String territory,
            String address) {
        return new Person(
                nextId++,
                family,
                familyName,
                given,
                fatherName,
                sex,
                birth,
                random.nextDouble() < 0.7 ? randomSnils() : null,
                territory,
                address);
    }

    private boolean isAdult(Person person) {
        return person.birthDate().getYear() < 2002;
    }

    private boolean chance(double probability, List<String> noise, String kind) {
        if (random.nextDouble() < probability) {
            noise.add(kind);
            return true;
        }
        return false;
    }

    private List<String> variantsOf(String given) {
        List<String> variants = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : VARIANTS.entrySet()) {
            if (entry.getValue().contains(given)) {
                variants.add(entry.getKey());
            }
        }
        variants.sort(null);
        return variants;
    }

    private String typo(String name) {
        StringBuilder text = new StringBuilder(name);
        int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> text.setCharAt(Math.min(at, text.length() - 1), letter);
            case 1 -> text.insert(at, letter);
            case 2 -> {
                if (text.length() > 3) {
                    text.deleteCharAt(Math.min(at, text.length() - 1));
                }
            }
            default -> {
                if (at + 1 < text.length()) {
                    char c = text.charAt(at);
                    text.setCharAt(at, text.charAt(at + 1));
                    text.setCharAt(at + 1, c);
                }
            }
        }
        return text.toString();
    }

    /** A spelling that keeps the sound: what a round trip through Latin letters does (наталья → наталия). */
    private String soundAlike(String name) {
        if (name.contains("ья")) {
            return name.replace("ья", "ия");
        }
        for (int i = 1; i < name.length() - 1; i++) {
            char c = name.charAt(i);
            if (c == 'е' || c == 'э') {
                return name.substring(0, i) + (c == 'е' ? 'э' : 'е') + name.substring(i + 1);
            }
        }
        return name.replace("й", "и");
    }

    private LocalDate oneDigitOff(LocalDate date) {
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                    .toCharArray();
            int at = 3 + random.nextInt(5);
            digits[at] = (char) ('0' + random.nextInt(10));
            String text = new String(digits);
            try {
                LocalDate changed = LocalDate.of(
                        Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6)));
                if (!changed.equals(date)) {
                    return changed;
                }
            } catch (RuntimeException invalid) {
                // Not a date: draw again.
            }
        }
        return date.plusDays(1);
    }

    private String oneDigitOff(String snils) {
        char[] digits = snils.toCharArray();
        int at = random.nextInt(9);
        digits[at] = (char) ('0' + (digits[at] - '0' + 1 + random.nextInt(9)) % 10);
        return new String(digits);
    }

    private String randomSnils() {
        int number = 2_000_000 + random.nextInt(997_000_000);
        String nine = String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        if (sum > 101) {
            sum %= 101;
        }
        int check = sum == 100 || sum == 101 ? 0 : sum;
        return nine + String.format("%02d", check);
    }

    private LocalDate randomDate(int fromYear, int toYear) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from)));
    }

    private String drawSurname() {
        double x = random.nextDouble();
        for (int i = 0; i < surnameWeights.length; i++) {
            x -= surnameWeights[i];
            if (x < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[SURNAMES.length - 1];
    }

    private String draw(String[] names) {
        // Earlier names are commoner: a random index squared leans towards the front of the list.
        double x = random.nextDouble();
        return names[(int) (x * x * names.length)];
    }

    private static double[] zipf(int count) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 1.0 / (i + 3);
            sum += weights[i];
        }
        for (int i = 0; i < count; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
