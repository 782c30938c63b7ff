package ru.rodnik.registry.internal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rodnik.registry.Sex;

/**
 * Which full first names a spelling may stand for, from {@code given-name-variants.tsv}. A diminutive shared by
 * several names (Саша, Женя, Валя) stands for all of them.
 *
 * <p>A spelling not in the file is looked up once more without ь and ъ: passports (ICAO 9303) drop the soft sign,
 * and the informal «-ya» after a consonant cannot tell «Коля» from «Колья», so «Olga», «Igor» and «Kolya» still
 * find Ольга, Игорь and Николай.
 */
final class GivenNames {

    private final List<GivenName> names;
    private final Map<String, Set<String>> bySpelling;
    private final Map<String, Set<String>> bySpellingWithoutSigns;

    GivenNames(List<GivenName> names, Spelling spelling) {
        this.names = List.copyOf(names);
        Map<String, Set<String>> index = new HashMap<>();
        Set<String> canonicals = new LinkedHashSet<>();
        for (GivenName name : names) {
            String canonical = spelling.normalise(name.canonical());
            if (!canonicals.add(canonical)) {
                throw new IllegalStateException("The name " + name.canonical() + " has two lines");
            }
            index.computeIfAbsent(canonical, key -> new LinkedHashSet<>()).add(canonical);
            for (String variant : name.variants()) {
                String key = spelling.normalise(variant);
                if (key.isEmpty()) {
                    throw new IllegalStateException("Empty variant of " + name.canonical());
                }
                index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(canonical);
            }
        }
        Map<String, Set<String>> withoutSigns = new HashMap<>();
        index.forEach((key, values) -> withoutSigns
                .computeIfAbsent(withoutSigns(key), k -> new LinkedHashSet<>())
                .addAll(values));
        this.bySpelling = frozen(index);
        this.bySpellingWithoutSigns = frozen(withoutSigns);
    }

    static GivenNames fromResource(String path, Spelling spelling) {
        List<GivenName> names = new ArrayList<>();
        try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing given names: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                names.add(parse(line, path + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GivenNames(names, spelling);
    }

    /** The canonical names (normalised) a normalised first name may stand for; itself when unknown. */
    Set<String> keysOf(String normalised) {
        if (normalised.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = bySpelling.get(normalised);
        if (keys == null) {
            keys = bySpellingWithoutSigns.get(withoutSigns(normalised));
        }
        return keys != null ? keys : Set.of(normalised);
    }

    List<GivenName> names() {
        return names;
    }

    private static GivenName parse(String line, String where) {
        String[] columns = line.split("\t");
        if (columns.length < 2) {
            throw new IllegalStateException(where + ": expected name<TAB>sex[<TAB>variants]");
        }
        Sex sex;
        try {
            sex = Sex.valueOf(columns[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": sex is M or F", e);
        }
        List<String> variants = new ArrayList<>();
        if (columns.length > 2) {
            for (String variant : columns[2].split(",")) {
                if (!variant.isBlank()) {
                    variants.add(variant.strip());
                }
            }
        }
        return new GivenName(columns[0].strip(), sex, variants);
    }

    private static String withoutSigns(String normalised) {
        if (normalised.indexOf('ь') < 0 && normalised.indexOf('ъ') < 0) {
            return normalised;
        }
        StringBuilder plain = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c != 'ь' && c != 'ъ') {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static Map<String, Set<String>> frozen(Map<String, Set<String>> index) {
        Map<String, Set<String>> copy = new HashMap<>();
        index.forEach((key, values) -> copy.put(key, Set.copyOf(values)));
        return Map.copyOf(copy);
    }
}
