package io.github.govmeta.spark;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.input.InputSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Checks files on executors, a file per task step: each is read through Hadoop's file system (local, HDFS,
 * S3 through the cluster's connectors) and handed whole to the facade's per-source check, so CKAN records
 * stream one by one and DCAT files are checked one {@code dcat:Dataset} at a time, exactly as the command
 * line reads the same file. The result is one row per finding and one row per source with its counts and
 * the core's verdict.
 */
final class SourceTasks {
    static final String FINDING = "finding";
    static final String SOURCE = "source";

    /** {@code kind}, the finding's columns (null on a source row but {@code source}), then a source's counts (null on a finding row). */
    static final StructType RESULT = result();

    private SourceTasks() {
    }

    /** A file to check: how findings name it, and where Hadoop opens it. */
    record SourceFile(String name, String uri) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static JavaRDD<Row> check(JavaSparkContext sc, List<SourceFile> files, int partitions, GovmetaOptions options) {
        Broadcast<SerializableWritable<Configuration>> conf = sc.broadcast(new SerializableWritable<>(sc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(partitions, Math.max(1, files.size())));
        return sc.parallelize(files, slices).mapPartitions(it -> rows(it, options, conf.value().value()));
    }

    private static Iterator<Row> rows(Iterator<SourceFile> files, GovmetaOptions options, Configuration conf) {
        Govmeta govmeta = Engines.get(options);
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == pending.size() && files.hasNext()) {
                    pending.clear();
                    next = 0;
                    checkOne(govmeta, files.next(), conf, pending);
                }
                return next < pending.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }

    private static void checkOne(Govmeta govmeta, SourceFile file, Configuration conf, List<Row> out) {
        FindingRows.Collector collector = new FindingRows.Collector(govmeta.lang());
        RunStats stats = govmeta.check(file.name(), new HadoopOpener(file.uri(), conf), collector);
        int width = FindingRows.SCHEMA.size();
        for (Object[] f : collector.rows) {
            Object[] v = new Object[RESULT.size()];
            v[0] = FINDING;
            System.arraycopy(f, 0, v, 1, width);
            out.add(RowFactory.create(v));
        }
        Object[] v = new Object[RESULT.size()];
        v[0] = SOURCE;
        v[1 + FindingRows.SCHEMA.fieldIndex("source")] = file.name();
        int i = 1 + width;
        v[i++] = stats.records();
        v[i++] = stats.errors();
        v[i++] = stats.warnings();
        v[i++] = stats.infos();
        v[i++] = stats.suppressed();
        v[i] = stats.failed();
        out.add(RowFactory.create(v));
    }

    /** Opens a file through Hadoop, afresh at every call; a failure is the source's I/O finding. */
    private record HadoopOpener(String uri, Configuration conf) implements InputSource.Reopener {
        @Override
        public InputStream get() {
            try {
                Path path = new Path(java.net.URI.create(uri));
                return path.getFileSystem(conf).open(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static StructType result() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
        for (StructField f : FindingRows.SCHEMA.fields()) {
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
        }
        for (String n : new String[] {"records", "errors", "warnings", "infos", "suppressed"}) {
            fields.add(DataTypes.createStructField(n, DataTypes.IntegerType, true));
        }
        fields.add(DataTypes.createStructField("failed", DataTypes.BooleanType, true));
        return DataTypes.createStructType(fields);
    }
}
