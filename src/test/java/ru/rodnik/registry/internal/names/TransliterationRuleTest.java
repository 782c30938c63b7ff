package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rule engine on small hand-made rule sets, apart from the shipped rule file. */
class TransliterationRuleTest {

    private static String transliterate(String word, String... lines) {
        Transliteration rules = new Transliteration(
                Arrays.stream(lines).map(TransliterationRule::parse).toList());
        StringBuilder out = new StringBuilder();
        rules.appendCyrillic(word, false, out);
        return out.toString();
    }

    @Test
    void prefersTheLongestKey() {
        assertThat(transliterate("shch", "s\tс", "h\tх", "sh\tш", "shch\tщ", "c\tк"))
                .isEqualTo("щ");
    }

    @Test
    void fallsBackToAShorterKeyWhenNoRuleOfTheLongerOneHolds() {
        String[] rules = {"a\tа", "l\tл", "n\tн", "y\tы", "ya\tя", "lya\tлья\tend"};
        assertThat(transliterate("alya", rules)).isEqualTo("алья");
        assertThat(transliterate("alyan", rules)).isEqualTo("алян");
    }

    @Test
    void takesTheFirstRuleOfAKeyWhoseContextHolds() {
        String[] rules = {"a\tа", "t\tт", "o\tо", "ya\tя\tstart", "ya\tья\tconsonant", "ya\tя"};
        assertThat(transliterate("ya", rules)).isEqualTo("я");
        assertThat(transliterate("tya", rules)).isEqualTo("тья");
        assertThat(transliterate("oya", rules)).isEqualTo("оя");
    }

    @Test
    void readsTheOnsetOfASyllable() {
        String[] rules = {"v\tв", "a\tа", "t\tт", "ya\tя\tonset", "ya\tья"};
        assertThat(transliterate("vya", rules)).as("word-initial consonant").isEqualTo("вя");
        assertThat(transliterate("atya", rules)).as("consonant after a vowel").isEqualTo("атья");
        assertThat(transliterate("atvya", rules))
                .as("consonant after a consonant")
                .isEqualTo("атвя");
    }

    @Test
    void looksAheadAtTheNextLatinLetter() {
        String[] rules = {"c\tц\tbefore:ei", "c\tк", "e\tе", "o\tо", "i\tй\tvowel+before-consonant", "i\tи", "k\tк"};
        assertThat(transliterate("ce", rules)).isEqualTo("це");
        assertThat(transliterate("co", rules)).isEqualTo("ко");
        assertThat(transliterate("oik", rules)).isEqualTo("ойк");
        assertThat(transliterate("oio", rules)).isEqualTo("оио");
    }

    @Test
    void appliesGostOnlyRulesOnlyToTextWithGostMarks() {
        Transliteration rules = new Transliteration(
                Arrays.asList(TransliterationRule.parse("x\tх\tgost"), TransliterationRule.parse("x\tкс")));
        StringBuilder gost = new StringBuilder();
        StringBuilder informal = new StringBuilder();
        rules.appendCyrillic("x", true, gost);
        rules.appendCyrillic("x", false, informal);
        assertThat(gost).hasToString("х");
        assertThat(informal).hasToString("кс");
    }

    @Test
    void dropsLettersWithoutARuleAndCopiesCyrillic() {
        assertThat(transliterate("a1qб", "a\tа")).isEqualTo("аб");
    }

    @Test
    void foldsЁInTheRuleFileToЕ() {
        assertThat(TransliterationRule.parse("yo\tё").cyrillic()).isEqualTo("е");
    }

    @Test
    void rejectsAnUnknownContext() {
        assertThatThrownBy(() -> TransliterationRule.parse("ya\tя\tsomewhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("somewhere");
    }

    @Test
    void rejectsUpperCaseKeysAndLatinOutput() {
        assertThatThrownBy(() -> TransliterationRule.parse("Ya\tя")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransliterationRule.parse("ya\tya")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAContextAfterAnEmptyColumnAsAComment() {
        TransliterationRule rule = TransliterationRule.parse("ts\tц\t\t# ICAO");
        assertThat(rule.preceding()).isEqualTo(TransliterationRule.Preceding.ANY);
        assertThat(rule.following()).isEqualTo(TransliterationRule.Following.ANY);
    }
}
