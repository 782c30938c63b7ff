package ru.rodnik.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A CSV file being written: UTF-8, comma-separated, a header row, RFC 4180 quoting, null as an empty cell. */
final class CsvFile implements Closeable {

    private final BufferedWriter writer;

    CsvFile(Path path, String... header) throws IOException {
        this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        row((Object[]) header);
    }

    void row(@Nullable Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object cell = cells[i];
            if (cell != null) {
                writer.write(quoted(cell.toString()));
            }
        }
        writer.write('\n');
    }

    static String quoted(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
