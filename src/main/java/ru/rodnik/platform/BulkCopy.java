package ru.rodnik.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writing many rows at once with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on a connection the caller
 * holds (in a transaction, the transaction's own), for repositories that file far too many rows for a statement per
 * row. The caller writes one {@link #csvRow} per row to the {@link #copyIn} writer; closing the writer ends the copy.
 */
public final class BulkCopy {

    private static final int BUFFER = 1 << 16;

    private BulkCopy() {}

    /** Starts the copy statement and returns where its rows go, as UTF-8 text; close it to finish the copy. */
    public static Writer copyIn(Connection connection, String sql) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new BufferedWriter(
                new OutputStreamWriter(new PGCopyOutputStream(postgres, sql, BUFFER), StandardCharsets.UTF_8), BUFFER);
    }

    /** One CSV line: null as an empty field, everything else quoted, so that an empty string stays a string. */
    public static void csvRow(Writer out, @Nullable Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (fields[i] != null) {
                out.write('"');
                out.write(fields[i].toString().replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }

    /** A text[] literal with every element quoted, as COPY reads it inside a CSV field. */
    public static String arrayLiteral(Collection<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(element.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
