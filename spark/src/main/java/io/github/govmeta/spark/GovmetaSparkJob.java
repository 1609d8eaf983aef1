package io.github.govmeta.spark;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.GovmetaException;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.Renderers;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * {@code spark-submit --class io.github.govmeta.spark.GovmetaSparkJob govmeta-spark.jar [OPTIONS] PATH...}:
 * checks every file under the paths (any file system Spark reads) with the same profile, rules and
 * messages as {@code govmeta validate}, a file per task, writes the findings and a summary table, prints
 * the summary, and exits with the command line's status: 0 clean, 1 findings at or above the fail level,
 * 2 usage, configuration, profile or I/O error (a path that does not exist among them).
 */
@Command(name = "govmeta-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validates CKAN (JSON, JSON Lines, package_search pages, YAML) and DCAT (Turtle, N-Triples, RDF/XML, JSON-LD) metadata files on Apache Spark, one file per task, with govmeta's profile, rules and messages.",
                "ตรวจคำอธิบายชุดข้อมูลบน Apache Spark ตามโปรไฟล์ของมาตรฐาน"},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class GovmetaSparkJob implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or folders (read recursively, as govmeta validate reads them): local paths, hdfs://, s3a://, abfss://, gs://...")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Where the tables go: DIR/findings and DIR/summary (Parquet; replaced when they exist).")
    String output;

    @Option(names = "--json", description = "Also write the tables as JSON Lines: DIR/findings-json and DIR/summary-json.")
    boolean json;

    @Option(names = "--profile", paramLabel = "ID[@VERSION]", description = "Bundled profile to apply (default: the configuration's, else th-gdc, newest).")
    String profile;

    @Option(names = "--profile-dir", paramLabel = "DIR", description = "A profile folder instead (on every node, or shipped with --archives).")
    String profileDirectory;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: .govmeta.yaml in the working directory or a parent).")
    String configFile;

    @Option(names = "--no-config", description = "Read no configuration file.")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Fail only on findings not in this baseline (default: the configuration's).")
    String baselineFile;

    @Option(names = "--no-baseline", description = "Ignore the configuration's baseline.")
    boolean noBaseline;

    @Option(names = "--lang", paramLabel = "th|en", description = "Language of messages and of the summary (the tables carry both).")
    String lang;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Least severe finding that fails the run (exit code 1): error, warning, info or none (default: error).")
    String failOn;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks the files are spread over (default: Spark's default parallelism); a file is never split.")
    int partitions;

    private final SparkSession session;
    private final PrintStream out;
    private final PrintStream err;

    GovmetaSparkJob(SparkSession session, PrintStream out, PrintStream err) {
        this.session = session;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        SparkSession session = null;
        try {
            CommandLine probe = new CommandLine(new GovmetaSparkJob(null, out, err));
            probe.parseArgs(args);
            if (probe.isUsageHelpRequested() || probe.isVersionHelpRequested()) {
                System.exit(probe.execute(args));
            }
            session = SparkSession.builder().appName("govmeta").getOrCreate();
            code = run(session, args, out, err);
        } catch (CommandLine.ParameterException e) {
            err.println("govmeta-spark: " + e.getMessage());
            e.getCommandLine().usage(err);
            code = ExitStatus.ERROR.code();
        } finally {
            if (session != null) {
                session.stop();
            }
        }
        System.exit(code);
    }

    /** Runs the job with these arguments on {@code session}; the exit status, never an exception for a user's mistake. */
    public static int run(SparkSession session, String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new GovmetaSparkJob(session, out, err));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        GovmetaOptions options = GovmetaOptions.defaults()
                .withProfile(profile).withProfileDirectory(profileDirectory)
                .withConfigFile(configFile).withNoConfig(noConfig)
                .withBaselineFile(baselineFile).withNoBaseline(noBaseline)
                .withLang(lang).withFailOn(failOn);
        Govmeta govmeta;
        try {
            govmeta = Govmeta.open(options.request().build());
        } catch (GovmetaException e) {
            e.problems().forEach(p -> err.println("govmeta-spark: " + p));
            return ExitStatus.ERROR.code();
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(session.sparkContext());
        List<SourceTasks.SourceFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try {
            list(govmeta, sc.hadoopConfiguration(), Path.of(options.workingDirectory()), files, missing);
        } catch (IOException | IllegalArgumentException e) {
            err.println("govmeta-spark: cannot list the inputs: " + e.getMessage());
            return ExitStatus.ERROR.code();
        }
        // What the command line reports once for the whole run, from the driver: every path that does not
        // exist (GOVMETA-INPUT-MISSING, exit status 2) and the configuration's end-of-run findings.
        List<Row> driverFindings = new ArrayList<>();
        ValidationResult once = Govmeta.validate(options.request().inputs(missing).listener(new FindingListener() {
            @Override
            public void onFinding(Finding f) {
                driverFindings.add(rowOfResult(FindingRows.values(f, govmeta.lang(), null)));
            }
        }).build());

        int slices = partitions > 0 ? partitions : sc.defaultParallelism();
        Dataset<Row> result = session.createDataFrame(SourceTasks.check(sc, files, slices, options), SourceTasks.RESULT)
                .union(session.createDataFrame(driverFindings, SourceTasks.RESULT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Column[] findingColumns = java.util.Arrays.stream(FindingRows.SCHEMA.fieldNames()).map(n -> col("`" + n + "`")).toArray(Column[]::new);
            Dataset<Row> findings = result.filter(col("kind").equalTo(SourceTasks.FINDING)).select(findingColumns);
            write(findings, "findings");
            // The summary is small (rules × severities × organisations): aggregated once, sorted and
            // printed here, and written from here, so Spark runs no second aggregation or sort for it.
            Dataset<Row> aggregated = summary(findings);
            List<Row> summary = new ArrayList<>(aggregated.collectAsList());
            summary.sort(java.util.Comparator.comparing((Row r) -> -r.getLong(3))
                    .thenComparing(r -> r.getString(0))
                    .thenComparing(r -> r.isNullAt(2) ? "" : r.getString(2)));
            write(session.createDataFrame(summary, aggregated.schema()).coalesce(1), "summary");
            Row totals = result.filter(col("kind").equalTo(SourceTasks.SOURCE)).agg(count(lit(1)),
                    sum("records"), sum("errors"), sum("warnings"), sum("infos"), sum("suppressed"),
                    max(when(col("failed"), 1).otherwise(0))).first();
            RunStats driver = once.stats();
            RunStats stats = new RunStats((int) totals.getLong(0) + driver.sources(), (int) orZero(totals, 1) + driver.records(),
                    (int) orZero(totals, 2) + driver.errors(), (int) orZero(totals, 3) + driver.warnings(),
                    (int) orZero(totals, 4) + driver.infos(), (System.nanoTime() - start) / 1_000_000,
                    (!totals.isNullAt(6) && totals.getInt(6) > 0) || driver.failed(),
                    (int) orZero(totals, 5) + driver.suppressed(), 0);
            printSummary(govmeta, summary, stats);
            once.problems().forEach(p -> err.println("govmeta-spark: " + p));
            return once.status() == ExitStatus.ERROR ? ExitStatus.ERROR.code()
                    : stats.failed() ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
        } catch (Exception e) {
            // Spark gave up (an executor that cannot open the profile or configuration, output that cannot
            // be written): its root cause, not a stack trace; Spark's own log has the details.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            err.println("govmeta-spark: the job failed: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return ExitStatus.ERROR.code();
        } finally {
            result.unpersist();
        }
    }

    /** Counts by rule, severity and organisation: findings that count, and suppressed ones. */
    static Dataset<Row> summary(Dataset<Row> findings) {
        return findings.groupBy(col("ruleId"), col("severity"), col("organization"))
                .agg(sum(when(col("suppression").isNull(), 1).otherwise(0)).cast("long").as("findings"),
                        sum(when(col("suppression").isNotNull(), 1).otherwise(0)).cast("long").as("suppressed"));
    }

    private void write(Dataset<Row> table, String name) {
        String dir = output.endsWith("/") ? output + name : output + "/" + name;
        table.write().mode(SaveMode.Overwrite).parquet(dir);
        if (json) {
            table.write().mode(SaveMode.Overwrite).json(dir + "-json");
        }
    }

    /**
     * The files under each input, as {@code govmeta validate} selects them (its include and exclude globs,
     * never govmeta's own files), named as it names them: relative to the working directory for local
     * files, the full URI for others. A folder that cannot be listed is a source, so it is reported as an
     * I/O finding at its path.
     */
    private void list(Govmeta govmeta, Configuration conf, Path wd, List<SourceTasks.SourceFile> files,
                      List<String> missing) throws IOException {
        for (String input : inputs) {
            org.apache.hadoop.fs.Path given = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = given.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(given);
            if (matched == null || matched.length == 0) {
                missing.add(input);
                continue;
            }
            for (FileStatus status : matched) {
                listOne(govmeta, fs, status, wd, files);
            }
        }
    }

    private static void listOne(Govmeta govmeta, FileSystem fs, FileStatus status, Path wd, List<SourceTasks.SourceFile> files) {
        org.apache.hadoop.fs.Path root = fs.makeQualified(status.getPath());
        boolean local = "file".equals(root.toUri().getScheme());
        if (!status.isDirectory()) {
            files.add(new SourceTasks.SourceFile(name(root, local, wd), root.toUri().toString()));
            return;
        }
        TreeMap<String, SourceTasks.SourceFile> found = new TreeMap<>();
        try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                org.apache.hadoop.fs.Path p = it.next().getPath();
                if (selects(govmeta, root, p, local)) {
                    found.put(p.toUri().getPath(), new SourceTasks.SourceFile(name(p, local, wd), p.toUri().toString()));
                }
            }
        } catch (IOException e) {
            found.put(root.toUri().getPath(), new SourceTasks.SourceFile(name(root, local, wd), root.toUri().toString()));
        }
        files.addAll(found.values());
    }

    private static boolean selects(Govmeta govmeta, org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file, boolean local) {
        if (local) {
            return govmeta.selects(Path.of(root.toUri()), Path.of(file.toUri()));
        }
        String rel = root.toUri().relativize(file.toUri()).getPath();
        Path base = Path.of("/").resolve("remote");
        return govmeta.selects(base, base.resolve(rel));
    }

    private static String name(org.apache.hadoop.fs.Path p, boolean local, Path wd) {
        if (!local) {
            return p.toString();
        }
        Path abs = Path.of(p.toUri()).toAbsolutePath().normalize();
        Path shown = abs.startsWith(wd) ? wd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    private static Row rowOfResult(Object[] finding) {
        Object[] v = new Object[SourceTasks.RESULT.size()];
        v[0] = SourceTasks.FINDING;
        System.arraycopy(finding, 0, v, 1, finding.length);
        return RowFactory.create(v);
    }

    private static long orZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    /** The summary: counts by rule, then by organisation, then the command line's verdict line. */
    private void printSummary(Govmeta govmeta, List<Row> rows, RunStats stats) {
        boolean th = govmeta.lang() == Lang.TH;
        TreeMap<String, long[]> byRule = new TreeMap<>();
        TreeMap<String, long[]> byOrg = new TreeMap<>();
        java.util.Map<String, String> severity = new java.util.HashMap<>();
        for (Row r : rows) {
            String rule = r.getString(0);
            severity.put(rule, r.getString(1));
            long[] c = byRule.computeIfAbsent(rule, k -> new long[2]);
            c[0] += r.getLong(3);
            c[1] += r.getLong(4);
            String org = r.isNullAt(2) ? (th ? "(ไม่ระบุหน่วยงาน)" : "(no organisation)") : r.getString(2);
            long[] o = byOrg.computeIfAbsent(org, k -> new long[2]);
            o[0] += r.getLong(3);
            o[1] += r.getLong(4);
        }
        String count = th ? "จำนวน" : "findings";
        String ignored = th ? "ยกเว้น" : "suppressed";
        out.println();
        out.println(pad(th ? "กฎ" : "rule", 44) + pad(th ? "ระดับ" : "severity", 10) + right(count, 9) + right(ignored, 11));
        byRule.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> out.println(pad(e.getKey(), 44) + pad(label(severity.get(e.getKey()), th), 10)
                        + right(String.valueOf(e.getValue()[0]), 9) + right(String.valueOf(e.getValue()[1]), 11)));
        out.println();
        out.println(pad(th ? "หน่วยงาน" : "organisation", 54) + right(count, 9) + right(ignored, 11));
        byOrg.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(20)
                .forEach(e -> out.println(pad(e.getKey(), 54) + right(String.valueOf(e.getValue()[0]), 9)
                        + right(String.valueOf(e.getValue()[1]), 11)));
        if (byOrg.size() > 20) {
            out.println(th ? "… และอีก " + (byOrg.size() - 20) + " หน่วยงาน" : "… and " + (byOrg.size() - 20) + " more");
        }
        out.println();
        out.println((th ? "ตาราง: " : "tables: ") + output + "/findings, " + output + "/summary" + (json ? " (Parquet, JSON Lines)" : " (Parquet)"));
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Renderers.require("text").create(w, new RenderOptions(govmeta.lang(), false, true, govmeta.rules())).finished(stats);
        w.flush();
    }

    /** Pads to {@code width} columns: Thai vowel and tone marks above and below a letter take none. */
    private static String pad(String s, int width) {
        int cols = columns(s);
        return cols >= width ? s + " " : s + " ".repeat(width - cols);
    }

    private static String right(String s, int width) {
        int cols = columns(s);
        return cols >= width ? " " + s : " ".repeat(width - cols) + s;
    }

    private static int columns(String s) {
        return (int) s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.ENCLOSING_MARK).count();
    }

    private static String label(String severity, boolean th) {
        if (!th) {
            return severity;
        }
        return switch (severity) {
            case "error" -> "ผิดพลาด";
            case "warning" -> "เตือน";
            default -> "ข้อสังเกต";
        };
    }
}
