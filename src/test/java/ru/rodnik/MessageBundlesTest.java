package ru.rodnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Russian is the default bundle; a key missing in either language would show a raw key to someone. */
class MessageBundlesTest {

    @Test
    void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> russian = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(russian));
    }

    @Test
    void russianBundleIsRussian() throws IOException {
        Properties russian = load("messages.properties");
        assertThat(russian.getProperty("login.title")).isEqualTo("Вход в систему");
        assertThat(russian.getProperty("role.SCREENER")).containsPattern("[А-Яа-я]");
    }

    private static Set<String> keys(String name) throws IOException {
        return load(name).stringPropertyNames();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
