package io.github.govmeta.spark;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.Finding;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * govmeta for pipelines of your own: adds each CKAN record's findings to a {@code Dataset<Row>} of records,
 * on the executors, one govmeta per executor JVM (the profile compiled once there).
 *
 * <p>A record is one JSON Lines line: a string column holding one CKAN dataset as JSON (what {@code
 * spark.read().text(...)} gives as {@code value}, or {@code to_json(struct(...))} of a table). Optional
 * columns {@code source} (string) and {@code line} (integer) say where the line was read; findings then point
 * at that file and line exactly as {@code govmeta validate} does for the file, else at {@code <row>}, line 1.
 * A malformed or empty record is a finding on its row ({@code GOVMETA-INPUT-SYNTAX}, {@code
 * GOVMETA-INPUT-EMPTY}); no row fails the job.
 */
public final class GovmetaSpark {
    /** The column {@link #withFindings} adds: an array of {@link FindingRows#SCHEMA} structs, empty for a clean record. */
    public static final String FINDINGS = "findings";
    /** The column holding the record's JSON when none is named. */
    public static final String VALUE = "value";

    private GovmetaSpark() {
    }

    /** {@link #withFindings(Dataset, String, GovmetaOptions)} on the {@code value} column. */
    public static Dataset<Row> withFindings(Dataset<Row> records, GovmetaOptions options) {
        return withFindings(records, VALUE, options);
    }

    /**
     * The records with a {@value #FINDINGS} column: each record's findings after the team's policy, sorted,
     * in the fields of govmeta's JSON report ({@code organization} is left null: group by a column of your
     * own). Lazy, like any transformation.
     *
     * @throws IllegalArgumentException when {@code jsonColumn} is not a string column of {@code records}
     */
    public static Dataset<Row> withFindings(Dataset<Row> records, String jsonColumn, GovmetaOptions options) {
        StructType in = records.schema();
        int json = index(in, jsonColumn, DataTypes.StringType);
        if (json < 0) {
            throw new IllegalArgumentException("no string column '" + jsonColumn + "' among " + String.join(", ", in.fieldNames()));
        }
        int source = index(in, "source", DataTypes.StringType);
        int line = index(in, "line", null);
        if (line >= 0 && !(in.fields()[line].dataType() instanceof org.apache.spark.sql.types.IntegralType)) {
            line = -1;
        }
        StructType out = in.add(FINDINGS, DataTypes.createArrayType(FindingRows.SCHEMA, false), false);
        int lineColumn = line;
        MapPartitionsFunction<Row, Row> check = rows -> checked(rows, options, json, source, lineColumn);
        return records.mapPartitions(check, Encoders.row(out));
    }

    /** One row per finding of the records ({@link FindingRows#SCHEMA}): the findings table of {@link #withFindings}. */
    public static Dataset<Row> findings(Dataset<Row> records, GovmetaOptions options) {
        return findings(records, VALUE, options);
    }

    public static Dataset<Row> findings(Dataset<Row> records, String jsonColumn, GovmetaOptions options) {
        return withFindings(records, jsonColumn, options).select(explode(col(FINDINGS)).as("f")).select("f.*");
    }

    /** Counts by rule, severity and organisation (the job's summary table) of a findings table. */
    public static Dataset<Row> summary(Dataset<Row> findings) {
        return GovmetaSparkJob.summary(findings);
    }

    private static Iterator<Row> checked(Iterator<Row> rows, GovmetaOptions options, int json, int source, int line) {
        Govmeta govmeta = Engines.get(options);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                String name = source >= 0 && !r.isNullAt(source) ? r.getString(source) : "<row>";
                int at = line >= 0 && !r.isNullAt(line) ? (int) Math.max(1, ((Number) r.get(line)).longValue()) : 1;
                List<Finding> findings = govmeta.check(name, at - 1, at, r.isNullAt(json) ? null : r.getString(json));
                List<Row> nested = new ArrayList<>(findings.size());
                for (Finding f : findings) {
                    nested.add(FindingRows.row(f, govmeta.lang(), null));
                }
                Object[] v = new Object[r.size() + 1];
                for (int i = 0; i < r.size(); i++) {
                    v[i] = r.get(i);
                }
                v[r.size()] = scala.collection.JavaConverters.asScalaBuffer(nested);
                return RowFactory.create(v);
            }
        };
    }

    private static int index(StructType schema, String name, DataType type) {
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(name) && (type == null || fields[i].dataType().equals(type))) {
                return i;
            }
        }
        return -1;
    }
}
