package ru.rodnik.platform;

import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Statement parameters that may be null, bound with their column's type either way. Spring binds a bare null to
 * PostgreSQL as a null of no type; the driver then sees a statement's parameter types change from one execution to
 * the next (text one time, untyped the next) and prepares and plans it afresh each time, instead of reusing the
 * server's plan. Use these for nullable columns of statements on a hot path.
 */
public final class SqlValue {

    private SqlValue() {}

    public static SqlParameterValue text(@Nullable String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    public static SqlParameterValue date(@Nullable LocalDate value) {
        return new SqlParameterValue(Types.DATE, value);
    }

    /**
     * A uuid bound as text, for a statement that casts it ({@code cast(:organisation as uuid)}): the driver has no
     * typed null for a uuid.
     */
    public static SqlParameterValue uuidAsText(@Nullable UUID value) {
        return new SqlParameterValue(Types.VARCHAR, value == null ? null : value.toString());
    }
}
