package ru.rodnik.synthetic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/**
 * The module's data files, read once: surnames, first names, patronymic rules, short forms of names, territories and
 * streets. Immutable after loading, so generators on several threads share one.
 */
final class Catalogue {

    private static final class Holder {
        private static final Catalogue STANDARD = new Catalogue();
    }

    final WeightedChoice<Surname> surnames;
    final FirstNames maleNames;
    final FirstNames femaleNames;
    final Patronymics patronymics;
    final WeightedChoice<Settlement> settlements;
    private final Map<String, List<String>> diminutives = new HashMap<>();
    private final Map<String, String> namePools = new HashMap<>();
    private final Map<String, String> masculinePatronymics = new HashMap<>();
    private final Map<String, String> femininePatronymics = new HashMap<>();
    private final Map<String, String> yoSpellings = new HashMap<>();

    private Catalogue() {
        List<Surname> surnameList = new ArrayList<>();
        List<String[]> surnameRows = TsvTable.rows("synthetic/surnames.tsv", 3);
        double[] surnameWeights = new double[surnameRows.size()];
        for (int i = 0; i < surnameRows.size(); i++) {
            surnameList.add(Surname.of(surnameRows.get(i)[0], surnameRows.get(i)[2]));
            surnameWeights[i] = Double.parseDouble(surnameRows.get(i)[1]);
        }
        surnames = new WeightedChoice<>(surnameList, surnameWeights);
        maleNames = new FirstNames(TsvTable.rows("synthetic/male-names.tsv", 4));
        femaleNames = new FirstNames(TsvTable.rows("synthetic/female-names.tsv", 4));
        patronymics = Patronymics.standard();
        for (String name : maleNames.all()) {
            // Made once per name, so a million persons share a few hundred patronymic strings.
            masculinePatronymics.put(name, patronymics.of(name, Sex.M));
            femininePatronymics.put(name, patronymics.of(name, Sex.F));
        }
        for (String[] row : TsvTable.rows("synthetic/diminutives.tsv", 2)) {
            diminutives.put(row[0], List.of(row[1].split(",")));
        }
        settlements = Settlement.load();
        for (Surname surname : surnameList) {
            rememberYo(surname.masculine());
            rememberYo(surname.feminine());
        }
        maleNames.all().forEach(this::rememberYo);
        femaleNames.all().forEach(this::rememberYo);
        masculinePatronymics.values().forEach(this::rememberYo);
        femininePatronymics.values().forEach(this::rememberYo);
        namePools.put("tt", "tt");
        namePools.put("ba", "tt");
        namePools.put("hy", "hy");
        namePools.put("az", "az");
    }

    private void rememberYo(String name) {
        String plain = YoSpelling.withoutYo(name);
        if (!plain.equals(name)) {
            yoSpellings.put(plain, name);
        }
    }

    static Catalogue standard() {
        return Holder.STANDARD;
    }

    FirstNames names(Sex sex) {
        return sex == Sex.M ? maleNames : femaleNames;
    }

    /** The first-name pool a family of this surname origin draws from; Ukrainians, Germans, Koreans use the common one. */
    String namePool(Surname surname) {
        return namePools.getOrDefault(surname.origin(), FirstNames.COMMON_POOL);
    }

    String patronymic(String fatherName, Sex sex) {
        String made = (sex == Sex.M ? masculinePatronymics : femininePatronymics).get(fatherName);
        return made != null ? made : patronymics.of(fatherName, sex);
    }

    /** The usual spelling with ё of a name written without it (Семенова → Семёнова); null when it has none. */
    @Nullable
    String yoSpelling(String name) {
        return yoSpellings.get(name);
    }

    List<String> diminutives(String firstName) {
        return diminutives.getOrDefault(firstName, List.of());
    }

    /** Surnames in file order, for tests that look at the data as a whole. */
    List<Surname> allSurnames() {
        return surnames.items();
    }
}
