package ru.rodnik.registry.internal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Latin to Cyrillic by greedy longest match over a trie of {@link TransliterationRule}s. At each position it walks
 * the trie as far as the word allows, then tries the deepest key first; the first rule of a key whose context holds
 * wins. Built once, never changed, so one instance serves every thread.
 */
final class Transliteration {

    private final Node root;
    private final int longestKey;
    private final Map<Character, String> plainLetters;

    Transliteration(List<TransliterationRule> rules) {
        NodeDraft draft = new NodeDraft();
        int longest = 0;
        Map<Character, String> plain = new HashMap<>();
        for (TransliterationRule rule : rules) {
            NodeDraft node = draft;
            for (char c : rule.latin().toCharArray()) {
                node = node.children.computeIfAbsent(c, key -> new NodeDraft());
            }
            node.rules.add(rule);
            longest = Math.max(longest, rule.latin().length());
            if (rule.latin().length() == 1 && isContextFree(rule)) {
                plain.put(rule.latin().charAt(0), rule.cyrillic());
            }
        }
        this.root = draft.freeze();
        this.longestKey = longest;
        this.plainLetters = Map.copyOf(plain);
    }

    static Transliteration fromResource(String path) {
        List<TransliterationRule> rules = new ArrayList<>();
        try (InputStream in = Transliteration.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing transliteration rules: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    rules.add(TransliterationRule.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(path + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Transliteration(rules);
    }

    /** Whether some rule starts with this (lower-case) letter, so that it is worth keeping as it is. */
    boolean knows(char latin) {
        return root.child(latin) != null;
    }

    /** A Latin letter read on its own, without context: for a stray Latin letter inside a Cyrillic word. */
    String plainLetter(char latin) {
        return plainLetters.getOrDefault(latin, "");
    }

    /**
     * Appends the Cyrillic for one word. The word is lower-case Latin with apostrophes as ' and `; Cyrillic letters
     * in it (already folded) are copied.
     */
    void appendCyrillic(CharSequence word, boolean gostMarks, StringBuilder out) {
        int wordStart = out.length();
        Node[] path = new Node[longestKey];
        int length = word.length();
        int at = 0;
        while (at < length) {
            char c = word.charAt(at);
            if (Letters.isCyrillic(c)) {
                out.append(c);
                at++;
                continue;
            }
            int depth = 0;
            for (Node node = root.child(c); node != null; ) {
                path[depth++] = node;
                int next = at + depth;
                node = next < length && depth < longestKey ? node.child(word.charAt(next)) : null;
            }
            int matched = 0;
            for (int d = depth; d > 0 && matched == 0; d--) {
                for (TransliterationRule rule : path[d - 1].rules) {
                    if (rule.holds(word, at + d, out, wordStart, gostMarks)) {
                        out.append(rule.cyrillic());
                        matched = d;
                        break;
                    }
                }
            }
            at += Math.max(matched, 1);
        }
    }

    private static boolean isContextFree(TransliterationRule rule) {
        return rule.preceding() == TransliterationRule.Preceding.ANY
                && rule.following() == TransliterationRule.Following.ANY
                && !rule.gostOnly();
    }

    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        private final TransliterationRule[] rules;

        Node(char[] keys, Node[] children, TransliterationRule[] rules) {
            this.keys = keys;
            this.children = children;
            this.rules = rules;
        }

        @Nullable
        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : children[at];
        }
    }

    private static final class NodeDraft {
        private final TreeMap<Character, NodeDraft> children = new TreeMap<>();
        private final List<TransliterationRule> rules = new ArrayList<>();

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] frozen = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, NodeDraft> child : children.entrySet()) {
                keys[i] = child.getKey();
                frozen[i++] = child.getValue().freeze();
            }
            return new Node(keys, frozen, rules.toArray(new TransliterationRule[0]));
        }
    }
}
