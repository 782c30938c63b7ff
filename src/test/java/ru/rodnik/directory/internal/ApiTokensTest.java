package ru.rodnik.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void newTokensAreLongRandomAndDistinct() {
        ApiTokens tokens = new ApiTokens(null);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = tokens.newToken();
            assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThanOrEqualTo(ApiTokens.PREFIX.length() + 43);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void hashIsSha256InHex() {
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hintShowsOnlyTheBeginning() {
        assertThat(ApiTokens.hint("rdk_abcdefghijklmnopqrstuvwxyz")).isEqualTo("rdk_abcdef…");
    }

    @Test
    void emptyAndOversizedTokensAreRefusedWithoutALookup() {
        ApiTokens tokens = new ApiTokens(null);
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("x".repeat(201))).isEmpty();
    }
}
