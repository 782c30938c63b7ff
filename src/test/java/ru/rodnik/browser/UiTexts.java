package ru.rodnik.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts a page should show, read straight from the message bundle files as UTF-8 rather than through the
 * application's MessageSource, so that a wrongly configured bundle (encoding, basename) shows up as a mismatch
 * instead of being reproduced by the test.
 */
final class UiTexts {

    static final UiTexts RUSSIAN = new UiTexts("messages.properties", Locale.forLanguageTag("ru"));
    static final UiTexts ENGLISH = new UiTexts("messages_en.properties", Locale.ENGLISH);

    private final String file;
    private final Locale locale;
    private final Properties texts = new Properties();

    private UiTexts(String file, Locale locale) {
        this.file = file;
        this.locale = locale;
        try (InputStream in = UiTexts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key, with arguments filled in the way Spring fills them. */
    String text(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No " + key + " in " + file);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
