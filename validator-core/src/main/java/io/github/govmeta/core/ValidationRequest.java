package io.github.govmeta.core;

import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.net.NetworkAccess;
import io.github.govmeta.core.remote.RemoteCatalog;
import io.github.govmeta.core.report.ReportTarget;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a caller asks of one run, as given: the CLI, the Maven plugin, a server route and a Spark
 * task each fill one and hand it to {@link Govmeta}. Values are not interpreted here: {@link Govmeta#open}
 * checks them (unknown levels, formats, missing files) and reports every problem at once. Relative paths
 * are relative to {@link #workingDirectory}. Unset values come from the configuration file, then from the
 * defaults (profile th-gdc, fail on error, Thai). Immutable; build with {@link #builder()}.
 *
 * @param workingDirectory          what relative paths and the sources' names are relative to; the
 *                                  configuration file is looked for here and in its parents
 * @param inputs                    files, folders (read recursively) and {@code -} for {@link #stdin}
 * @param stdin                     what {@code -} reads
 * @param sources                   sources held in memory (e.g. uploaded to a server), read after {@code inputs}
 * @param includes                  globs of files to read in folders (empty: the configuration's, else every metadata file)
 * @param excludes                  globs of files to skip in folders (empty: the configuration's, else build output and hidden files)
 * @param profile                   a bundled profile, {@code id} or {@code id@version}, or null
 * @param profileDirectory          a profile folder, used instead of {@code profile}, or null
 * @param configFile                the configuration file, or null to find the nearest {@code .govmeta.yaml}
 * @param noConfig                  ignore every configuration file
 * @param configuration             a configuration given as an object (e.g. by a server), used instead of any file, or null
 * @param baselineFile              the baseline file (must exist), or null for the configuration's
 * @param noBaseline                ignore the configuration's baseline
 * @param failOn                    {@code error}, {@code warning}, {@code info} or {@code none}, or null
 * @param lang                      {@code th} or {@code en}, or null
 * @param shapes                    extra SHACL shape files or folders for DCAT sources
 * @param shapeSources              extra SHACL shapes held in memory (e.g. uploaded), in the syntax their name implies
 * @param onlyShapes                check DCAT sources against {@code shapes} only, not the profile's
 * @param reportRdf                 where to write the SHACL validation report (Turtle) of DCAT sources, or null
 * @param reportUnusedSuppressions  report suppressions that match nothing
 * @param reports                   report files to write
 * @param outputs                   reports written to streams (e.g. standard output), in order
 * @param timing                    whether reports show the run's duration
 * @param showSuppressed            whether the text report lists suppressed findings (else it counts them)
 * @param listeners                 more listeners of the run (progress, a build log)
 * @param threads                   threads that check records while one reads them; 0: one per processor
 * @param today                     the date suppressions expire against and dates are measured against (the
 *                                  classification review period of th-gdc-policy)
 * @param limits                    parser limits
 * @param catalogs                  live catalogs read after the files and sources in memory (CKAN portals, DCAT endpoints)
 * @param network                   what may be fetched over the network ({@link NetworkAccess#OFF}: nothing)
 * @param target                    the export the records are checked for: {@code public} applies the profile's
 *                                  publish gate (a dataset that is not public fails), or null
 * @param jsonldContexts            remote JSON-LD context IRIs (http, https) mapped to local files read instead
 *                                  (over the configuration's {@code jsonldContexts:} for the same IRI)
 */
public record ValidationRequest(Path workingDirectory, List<String> inputs, InputStream stdin, List<NamedSource> sources, List<String> includes,
                                List<String> excludes, String profile, Path profileDirectory, Path configFile,
                                boolean noConfig, GovmetaConfig configuration, Path baselineFile, boolean noBaseline,
                                String failOn, String lang, List<Path> shapes, List<NamedSource> shapeSources, boolean onlyShapes, Path reportRdf,
                                boolean reportUnusedSuppressions, List<ReportTarget> reports, List<StreamReport> outputs,
                                boolean timing, boolean showSuppressed, List<FindingListener> listeners, int threads,
                                LocalDate today, InputLimits limits, List<RemoteCatalog> catalogs, NetworkAccess network,
                                String target, java.util.Map<String, Path> jsonldContexts) {

    public ValidationRequest {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        inputs = List.copyOf(inputs);
        stdin = stdin == null ? InputStream.nullInputStream() : stdin;
        sources = List.copyOf(sources);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        shapes = List.copyOf(shapes);
        shapeSources = List.copyOf(shapeSources);
        reports = List.copyOf(reports);
        outputs = List.copyOf(outputs);
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        catalogs = List.copyOf(catalogs);
        network = network == null ? NetworkAccess.OFF : network;
        jsonldContexts = jsonldContexts == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jsonldContexts));
    }

    /**
     * A report written to a stream the caller owns (it is flushed, not closed).
     *
     * @param format a report format name ({@code text}, {@code json}, {@code sarif}, …)
     * @param color  whether the text format may use ANSI colour
     */
    public record StreamReport(String format, Writer writer, boolean color) {
        public StreamReport {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(writer, "writer");
        }
    }

    /**
     * A source held in memory, read through the same format registry as a file: its format is the one its
     * name's extension implies, else the one its content shows. Immutable (the content is copied).
     *
     * @param name    how findings show it, e.g. an uploaded file's name
     * @param content its bytes
     */
    public record NamedSource(String name, byte[] content) {
        public NamedSource {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Opens the bytes afresh, without copying them. */
        public InputStream open() {
            return new java.io.ByteArrayInputStream(content);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NamedSource other && name.equals(other.name) && java.util.Arrays.equals(content, other.content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "NamedSource[" + name + ", " + content.length + " bytes]";
        }
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** Collects a request; every setter accepts null for "not set". */
    public static final class Builder {
        private final Path workingDirectory;
        private List<String> inputs = List.of();
        private InputStream stdin;
        private final List<NamedSource> sources = new ArrayList<>();
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private String profile;
        private Path profileDirectory;
        private Path configFile;
        private boolean noConfig;
        private GovmetaConfig configuration;
        private Path baselineFile;
        private boolean noBaseline;
        private String failOn;
        private String lang;
        private List<Path> shapes = List.of();
        private final List<NamedSource> shapeSources = new ArrayList<>();
        private boolean onlyShapes;
        private Path reportRdf;
        private boolean reportUnusedSuppressions;
        private final List<ReportTarget> reports = new ArrayList<>();
        private final List<StreamReport> outputs = new ArrayList<>();
        private boolean timing = true;
        private boolean showSuppressed;
        private final List<FindingListener> listeners = new ArrayList<>();
        private int threads;
        private LocalDate today = LocalDate.now();
        private InputLimits limits = InputLimits.DEFAULT;
        private final List<RemoteCatalog> catalogs = new ArrayList<>();
        private NetworkAccess network = NetworkAccess.OFF;
        private String target;
        private final java.util.Map<String, Path> jsonldContexts = new java.util.LinkedHashMap<>();

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        public Builder inputs(List<String> value) { this.inputs = orEmpty(value); return this; }
        public Builder stdin(InputStream value) { this.stdin = value; return this; }
        /** Adds a source held in memory (repeatable); see {@link NamedSource}. */
        public Builder source(String name, byte[] content) { this.sources.add(new NamedSource(name, content)); return this; }
        public Builder includes(List<String> value) { this.includes = orEmpty(value); return this; }
        public Builder excludes(List<String> value) { this.excludes = orEmpty(value); return this; }
        public Builder profile(String value) { this.profile = value; return this; }
        public Builder profileDirectory(Path value) { this.profileDirectory = value; return this; }
        public Builder configFile(Path value) { this.configFile = value; return this; }
        public Builder noConfig(boolean value) { this.noConfig = value; return this; }
        public Builder configuration(GovmetaConfig value) { this.configuration = value; return this; }
        public Builder baselineFile(Path value) { this.baselineFile = value; return this; }
        public Builder noBaseline(boolean value) { this.noBaseline = value; return this; }
        public Builder failOn(String value) { this.failOn = value; return this; }
        public Builder lang(String value) { this.lang = value; return this; }
        public Builder shapes(List<Path> value) { this.shapes = orEmpty(value); return this; }
        public Builder shapeSource(String name, byte[] content) { this.shapeSources.add(new NamedSource(name, content)); return this; }
        public Builder onlyShapes(boolean value) { this.onlyShapes = value; return this; }
        public Builder reportRdf(Path value) { this.reportRdf = value; return this; }
        public Builder reportUnusedSuppressions(boolean value) { this.reportUnusedSuppressions = value; return this; }
        public Builder report(ReportTarget value) { this.reports.add(value); return this; }
        /** Adds a report written to a stream (repeatable); null adds none. */
        public Builder output(StreamReport value) { if (value != null) { this.outputs.add(value); } return this; }
        public Builder timing(boolean value) { this.timing = value; return this; }
        public Builder showSuppressed(boolean value) { this.showSuppressed = value; return this; }
        public Builder listener(FindingListener value) { this.listeners.add(value); return this; }
        public Builder threads(int value) { this.threads = value; return this; }
        public Builder today(LocalDate value) { this.today = value; return this; }
        public Builder limits(InputLimits value) { this.limits = value; return this; }
        /** Adds a live catalog to read (repeatable); it needs {@link #network} access. */
        public Builder catalog(RemoteCatalog value) { this.catalogs.add(value); return this; }
        public Builder network(NetworkAccess value) { this.network = value; return this; }
        /** The export target ({@code public}), or null for none. */
        public Builder target(String value) { this.target = value; return this; }
        /** Adds local copies of remote JSON-LD contexts, IRI → file (a later one for an IRI wins); null adds none. */
        public Builder jsonldContexts(java.util.Map<String, Path> value) { if (value != null) { this.jsonldContexts.putAll(value); } return this; }

        public ValidationRequest build() {
            return new ValidationRequest(workingDirectory, inputs, stdin, sources, includes, excludes, profile, profileDirectory,
                    configFile, noConfig, configuration, baselineFile, noBaseline, failOn, lang, shapes, shapeSources, onlyShapes,
                    reportRdf, reportUnusedSuppressions, reports, outputs, timing, showSuppressed, listeners, threads, today, limits,
                    catalogs, network, target, jsonldContexts);
        }

        private static <T> List<T> orEmpty(List<T> value) {
            return value == null ? List.of() : value;
        }
    }
}
