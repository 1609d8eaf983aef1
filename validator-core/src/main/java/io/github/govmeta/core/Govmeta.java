package io.github.govmeta.core;

import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.config.ConfigException;
import io.github.govmeta.core.config.ConfigLoader;
import io.github.govmeta.core.config.ConfigProblem;
import io.github.govmeta.core.config.FindingPolicy;
import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.fix.FixOptions;
import io.github.govmeta.core.fix.FixReport;
import io.github.govmeta.core.fix.Fixer;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.remote.RemoteCatalog;
import io.github.govmeta.core.remote.RemoteSources;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.Renderers;
import io.github.govmeta.core.report.ReportFiles;
import io.github.govmeta.core.report.ReportTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one entry point of govmeta for every caller — the CLI, the Maven plugin, a server, a Spark job, any
 * JVM program. {@link #open} takes a {@link ValidationRequest} and does the whole assembly: finds and
 * reads the configuration file, loads the baseline, loads the profile (compiled once per JVM and shared),
 * checks every option; {@link #run} collects the inputs, applies the team's policy, streams the findings
 * to the reports and listeners, writes report files whole, and returns the verdict. {@link #validate} does
 * both and never throws for a user's mistake.
 *
 * <p>For programs that check records one at a time (a server, a Spark executor), {@link #check} checks
 * one CKAN record with the team's policy applied; it is safe to call from many threads on one instance.
 * Instances are immutable apart from that policy's bookkeeping (which suppressions were used).
 */
public final class Govmeta {
    /** The engine's version, from the jar's manifest ({@code dev} when run from classes). */
    public static final String VERSION = GovmetaValidator.VERSION;

    private final ValidationRequest request;
    private final GovmetaConfig settings;
    private final GovmetaValidator engine;
    private final FindingPolicy recordPolicy;

    private Govmeta(ValidationRequest request, GovmetaConfig settings, GovmetaValidator engine) {
        this.request = request;
        this.settings = settings;
        this.engine = engine;
        this.recordPolicy = engine.newPolicy();
    }

    /**
     * Reads the configuration, the baseline and the profile of {@code request} and checks its options.
     *
     * @throws GovmetaException with every problem found, each naming its file (and line and column)
     */
    public static Govmeta open(ValidationRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.failOn() != null && !request.failOn().matches("(?i)error|warning|info|none")) {
            problems.add("fail level: unknown level '" + request.failOn() + "' (expected error, warning, info or none)");
        }
        Lang lang = null;
        if (request.lang() != null) {
            try {
                lang = Lang.parse(request.lang());
            } catch (IllegalArgumentException e) {
                problems.add("language: " + e.getMessage());
            }
        }
        List<String> formats = new ArrayList<>(request.reports().stream().map(ReportTarget::format).toList());
        request.outputs().forEach(o -> formats.add(o.format()));
        for (String format : formats) {
            if (Renderers.find(format).isEmpty()) {
                problems.add("report format: unknown format '" + format + "' (expected one of "
                        + String.join(", ", Renderers.names()) + ")");
            }
        }
        if (!request.catalogs().isEmpty() && !request.network().readable()) {
            problems.add("live catalogs (--ckan, --dcat) are read over the network, which is off: give --allow-network "
                    + "(and --allow-private-urls for a portal on a private address), or --offline-cache DIR to replay a recorded run");
        }
        for (RemoteCatalog c : request.catalogs()) {
            String url = c.url().strip().toLowerCase(java.util.Locale.ROOT);
            boolean uri;
            try {
                uri = java.net.URI.create(c.url().strip()).getHost() != null;
            } catch (IllegalArgumentException e) {
                uri = false;
            }
            if (!url.startsWith("http://") && !url.startsWith("https://") || !uri) {
                problems.add((c.kind() == RemoteCatalog.Kind.CKAN ? "--ckan" : "--dcat") + ": not an http(s) URL: '" + c.url() + "'");
            }
        }
        GovmetaConfig settings = null;
        Baseline baseline = null;
        try {
            settings = configuration(request);
            baseline = baseline(request, settings);
        } catch (ConfigException e) {
            e.problems().forEach(p -> problems.add(p.display()));
        }
        io.github.govmeta.core.rdf.LocalContexts contexts = jsonldContexts(request,
                settings == null ? GovmetaConfig.none() : settings, problems);
        if (!problems.isEmpty()) {
            throw new GovmetaException(problems);
        }
        try {
            GovmetaValidator engine = GovmetaValidator.create(ValidatorConfig.builder()
                    .settings(settings)
                    .profile(request.profile())
                    .profileDirectory(resolve(request, request.profileDirectory()))
                    .failOn(request.failOn())
                    .lang(lang)
                    .limits(request.limits())
                    .baseline(baseline)
                    .reportUnusedSuppressions(request.reportUnusedSuppressions())
                    .workingDirectory(request.workingDirectory())
                    .today(request.today())
                    .shapes(request.shapes().stream().map(p -> resolve(request, p)).toList())
                    .shapeSources(request.shapeSources().stream().map(Govmeta::inMemory).toList())
                    .profileShapes(!request.onlyShapes())
                    .threads(request.threads())
                    .target(request.target())
                    .jsonldContexts(contexts)
                    .build());
            return new Govmeta(request, settings, engine);
        } catch (ProfileException e) {
            throw new GovmetaException(e.getMessage());
        } catch (ConfigException e) {
            throw new GovmetaException(e.problems().stream().map(ConfigProblem::display).toList());
        }
    }

    /** {@link #open} and {@link #run}: a refused request is a result with {@link ExitStatus#ERROR}, not an exception. */
    public static ValidationResult validate(ValidationRequest request) {
        Govmeta govmeta;
        try {
            govmeta = open(request);
        } catch (GovmetaException e) {
            return ValidationResult.refused(e.problems());
        }
        return govmeta.run();
    }

    /**
     * Runs the request: every input, record by record, into the reports and listeners. Report files are
     * written whole or not at all; a report that cannot be written is a problem of the result, and the
     * other reports are still written.
     */
    public ValidationResult run() {
        return run(List.of());
    }

    /**
     * {@link #run} with more listeners than the request's: for a caller whose listener needs the loaded
     * profile (quality scoring builds its scorer from {@link #profile}).
     */
    public ValidationResult run(List<? extends FindingListener> more) {
        InputCollector.Result inputs;
        try {
            inputs = collect();
        } catch (UncheckedIOException e) {
            return ValidationResult.refused(List.of("cannot read the inputs: " + e.getCause().getMessage()));
        }
        return run(more, inputs);
    }

    /**
     * What {@link #fix} did and what remains.
     *
     * @param fixes  every file's fixes, refusals and diff
     * @param result the run over the sources as they are after the fixes (as they would be, in a dry run),
     *               into the request's reports and listeners: its status is what {@code validate} would
     *               give on what remains
     */
    public record Fixed(FixReport fixes, ValidationResult result) {}

    /**
     * {@code govmeta fix}: applies the fixes the profile's rules declare to the request's inputs, in place
     * (JSON, JSON Lines, YAML; never RDF), then runs the request over what remains. The findings come from
     * this facade's engine, run over the inputs and again over each fixed source (in memory) to prove each
     * fix removed its finding; a file is written whole (temporary file and rename), and only if it has not
     * changed since it was read.
     */
    public Fixed fix(FixOptions options) {
        InputCollector.Result inputs;
        try {
            inputs = collect();
        } catch (UncheckedIOException e) {
            return new Fixed(new FixReport(List.of(), List.of(), options.dryRun()),
                    ValidationResult.refused(List.of("cannot read the inputs: " + e.getCause().getMessage())));
        }
        FixReport report = new Fixer(profile(), rules(), options).fix(inputs.sources(), sources -> {
            java.util.Map<String, List<Finding>> found = new java.util.LinkedHashMap<>();
            engine.run(sources, List.of(), finding -> found.computeIfAbsent(finding.location().source(), k -> new ArrayList<>()).add(finding),
                    engine.newPolicy(), null);
            return found;
        });
        return new Fixed(report, run(List.of(), new InputCollector.Result(report.after(), inputs.missing())));
    }

    private ValidationResult run(List<? extends FindingListener> more, InputCollector.Result inputs) {
        List<String> problems = new ArrayList<>();
        List<ReportTarget> targets = request.reports().stream()
                .map(t -> new ReportTarget(t.format(), resolve(request, t.file()))).toList();
        Path rdfTarget = resolve(request, request.reportRdf());
        Path rdfTemp = null;
        RenderOptions options = new RenderOptions(lang(), false, request.timing(), rules(), request.showSuppressed());
        List<Throwable> defects = Collections.synchronizedList(new ArrayList<>());
        RunStats stats;
        RemoteSources remote = null;
        try (ReportFiles files = ReportFiles.open(targets, options)) {
            if (rdfTarget != null) {
                rdfTemp = ReportFiles.temporaryBeside(rdfTarget);
            }
            List<FindingListener> listeners = new ArrayList<>();
            for (ValidationRequest.StreamReport o : request.outputs()) {
                listeners.add(Renderers.require(o.format()).create(o.writer(), new RenderOptions(lang(), o.color(),
                        request.timing(), rules(), request.showSuppressed())));
            }
            listeners.add(files);
            listeners.addAll(request.listeners());
            listeners.addAll(more);
            listeners.add(new FindingListener() {
                @Override public void onFinding(Finding finding) { }
                @Override public void engineDefect(String source, Throwable error) { defects.add(error); }
            });
            Graph shacl = rdfTarget == null ? null : GraphFactory.createDefaultGraph();
            remote = request.catalogs().isEmpty() ? null : new RemoteSources(request.catalogs(), request.network(), request.limits(),
                    engine.config().jsonldContexts());
            stats = engine.run(remote == null ? inputs.sources() : concat(inputs.sources(), remote), inputs.missing(),
                    FindingListener.tee(listeners), engine.newPolicy(), shacl);
            for (ValidationRequest.StreamReport o : request.outputs()) {
                o.writer().flush();
                if (o.writer() instanceof java.io.PrintWriter pw && pw.checkError()) {
                    problems.add("cannot write the " + o.format() + " report to its output stream");
                }
            }
            try {
                files.commit();
            } catch (UncheckedIOException e) {
                problems.add("cannot write a report: " + e.getCause().getMessage());
            }
            if (shacl != null) {
                writeShaclReport(shacl, rdfTemp, rdfTarget, problems);
            }
        } catch (UncheckedIOException e) {
            return ValidationResult.refused(List.of("cannot write a report: " + e.getCause().getMessage()));
        } catch (IOException e) {
            return ValidationResult.refused(List.of("cannot write the SHACL report " + request.reportRdf() + ": " + e.getMessage()));
        } finally {
            deleteQuietly(rdfTemp);
            if (remote != null) {
                remote.close();
            }
        }
        inputs.missing().forEach(m -> problems.add("no such file or folder: " + m));
        List<ReportTarget> written = new ArrayList<>(targets);
        if (rdfTarget != null) {
            written.add(new ReportTarget("rdf", rdfTarget));
        }
        ExitStatus status = !problems.isEmpty() ? ExitStatus.ERROR : stats.failed() ? ExitStatus.FINDINGS : ExitStatus.OK;
        return new ValidationResult(status, stats, problems, defects, profile().ref(), failOn(), lang(),
                problems.stream().anyMatch(p -> p.startsWith("cannot write")) ? List.of() : written,
                engine.config().baseline() != null, remote == null ? List.of() : remote.summaries(), inputs.skipped());
    }

    /**
     * The findings of one CKAN record after the team's policy (severities, {@code off}, suppressions,
     * baseline), sorted. Thread-safe: many threads may check records on one instance at once; the policy's
     * bookkeeping is shared by them.
     */
    public List<Finding> check(SourceRecord record) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : engine.check(record)) {
            Finding applied = recordPolicy.apply(f);
            if (applied != null) {
                out.add(applied);
            }
        }
        return out;
    }

    /**
     * Checks one source as {@link #run} checks each of its sources — in the format its name implies, else
     * the one its content shows; CKAN records with their positions, DCAT datasets one {@code dcat:Dataset}
     * at a time; bad input a located finding — and reports it to {@code listener} ({@code sourceStarted},
     * {@code recordChecked} and {@code onFinding} per dataset, {@code sourceFinished}) after the team's
     * policy, on the calling thread. The configuration's end-of-run findings (expired suppressions) are
     * {@link #run}'s alone. Thread-safe: for callers that spread one run's sources over threads or machines
     * themselves (a Spark task per file).
     *
     * @param name   how findings show the source (a path as given, a URI)
     * @param opener opens the source's bytes; an {@link UncheckedIOException} it throws is a
     *               {@code GOVMETA-INPUT-IO} finding on the source
     * @return the source's counts, and the gate's verdict on them
     */
    public RunStats check(String name, java.util.function.Supplier<java.io.InputStream> opener, FindingListener listener) {
        return engine.check(new io.github.govmeta.core.input.InputSource(name,
                io.github.govmeta.core.input.InputSource.formatOf(name), opener), listener, recordPolicy);
    }

    /**
     * The findings of one line of JSON Lines held apart from its file (a row of a table), after the team's
     * policy, sorted: what {@link #run} reports for line {@code line} of {@code source} when it is the
     * {@code index}th dataset there (0-based). A malformed, blank or overlong line is a finding at that
     * line. Thread-safe.
     */
    public List<Finding> check(String source, int index, int line, String jsonLine) {
        return engine.checkJsonLine(source, index, line, jsonLine, recordPolicy);
    }

    /**
     * Whether {@link #run} reads {@code file} when it walks {@code folder}: the request's include and
     * exclude globs, else the configuration's, and never govmeta's own files. For callers that list
     * folders themselves (a distributed file system).
     */
    public boolean selects(Path folder, Path file) {
        return collector().selects(folder, file);
    }

    /** The profile applied. */
    public Profile profile() {
        return engine.profile();
    }

    /** Every rule a finding can carry: the profile's and the engine's. */
    public RuleCatalog rules() {
        return engine.rules();
    }

    /** The language of messages: the request's, else the configuration's, else Thai. */
    public Lang lang() {
        return engine.config().lang();
    }

    /** The least severe finding that fails the run; null: none does. */
    public Severity failOn() {
        return engine.config().failOn();
    }

    /** The configuration in effect ({@link GovmetaConfig#none()} when there is no file). */
    public GovmetaConfig configuration() {
        return settings;
    }

    /**
     * What {@link #toDcat} could not convert.
     *
     * @param problems input findings of sources that could not be read (with their locations)
     * @param missing  inputs named that do not exist
     */
    public record Conversion(List<Finding> problems, List<String> missing) {
        public Conversion {
            problems = List.copyOf(problems);
            missing = List.copyOf(missing);
        }
    }

    /**
     * Converts the request's CKAN inputs to DCAT through the profile's mapping (what {@code govmeta
     * convert} writes), handing over one small graph per dataset as soon as it is read.
     *
     * @throws ProfileException when the profile has no DCAT mapping
     */
    public Conversion toDcat(java.util.function.Consumer<Graph> datasets) {
        InputCollector.Result inputs = collect();
        List<Finding> problems = new ArrayList<>();
        engine.toDcat(inputs.sources(), problems::add, datasets);
        return new Conversion(problems, inputs.missing());
    }

    /**
     * The inputs the request names, collected with the request's globs, else the configuration's, then its
     * sources in memory (in the format their name implies, else the one their content shows).
     */
    private InputCollector.Result collect() {
        InputCollector.Result files = collector().collect(request.inputs(), request.stdin());
        if (request.sources().isEmpty()) {
            return files;
        }
        List<io.github.govmeta.core.input.InputSource> all = new ArrayList<>(files.sources());
        request.sources().forEach(s -> all.add(inMemory(s)));
        return new InputCollector.Result(all, files.missing(), files.skipped());
    }

    /** The files and sources in memory, then the live catalogs' pages, fetched as they are read. */
    private static Iterable<io.github.govmeta.core.input.InputSource> concat(List<io.github.govmeta.core.input.InputSource> first,
                                                                        Iterable<io.github.govmeta.core.input.InputSource> then) {
        return () -> java.util.stream.Stream.concat(first.stream(),
                java.util.stream.StreamSupport.stream(then.spliterator(), false)).iterator();
    }

    private InputCollector collector() {
        return new InputCollector(request.workingDirectory(),
                request.includes().isEmpty() ? settings.include() : request.includes(),
                request.excludes().isEmpty() ? settings.exclude() : request.excludes(), ownFiles());
    }

    /** A source held in memory, in the format its name implies (else the one its content shows). */
    private static io.github.govmeta.core.input.InputSource inMemory(ValidationRequest.NamedSource s) {
        return new io.github.govmeta.core.input.InputSource(s.name(), io.github.govmeta.core.input.InputSource.formatOf(s.name()), s::open);
    }

    /** govmeta's own files, never read as metadata: the configuration, the baseline, this run's reports. */
    private List<Path> ownFiles() {
        List<Path> own = new ArrayList<>();
        if (settings.file() != null) {
            own.add(settings.file());
        }
        Path baseline = baselinePath(request, settings);
        if (baseline != null) {
            own.add(baseline);
        }
        own.add(request.workingDirectory().resolve(Baseline.DEFAULT_FILE));
        request.reports().forEach(t -> own.add(resolve(request, t.file())));
        if (request.reportRdf() != null) {
            own.add(resolve(request, request.reportRdf()));
        }
        return own;
    }

    private static GovmetaConfig configuration(ValidationRequest request) {
        if (request.configuration() != null) {
            return request.configuration();
        }
        if (request.noConfig()) {
            return GovmetaConfig.none();
        }
        Path file = request.configFile() != null ? resolve(request, request.configFile())
                : ConfigLoader.find(request.workingDirectory()).orElse(null);
        if (file == null) {
            return GovmetaConfig.none();
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), io.github.govmeta.core.input.Position.UNKNOWN,
                    "no such configuration file")));
        }
        return new ConfigLoader().load(file);
    }

    /**
     * The local copies of remote JSON-LD contexts, each file read and checked now: the configuration's
     * ({@code jsonldContexts:}, relative to its folder; a mistake located in it), then the request's (relative
     * to the working directory), which win for the same IRI.
     */
    private static io.github.govmeta.core.rdf.LocalContexts jsonldContexts(ValidationRequest request, GovmetaConfig settings,
                                                                         List<String> problems) {
        var contexts = io.github.govmeta.core.rdf.LocalContexts.builder();
        settings.jsonldContexts().forEach((iri, file) -> {
            if (request.jsonldContexts().keySet().stream().noneMatch(given -> io.github.govmeta.core.rdf.LocalContexts.same(given, iri))) {
                contexts.add(iri, file).ifPresent(problem -> problems.add(new ConfigProblem(settings.file() == null ? "the configuration" : settings.file().toString(),
                        settings.positions().find(io.github.govmeta.core.input.PositionIndex.child("/jsonldContexts", iri)),
                        problem).display()));
            }
        });
        request.jsonldContexts().forEach((iri, file) -> contexts.add(iri, resolve(request, file)).ifPresent(problems::add));
        return contexts.build();
    }

    /** A baseline named in the request must exist; one named by the configuration is used when it exists. */
    private static Baseline baseline(ValidationRequest request, GovmetaConfig settings) {
        Path file = baselinePath(request, settings);
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            if (request.baselineFile() == null) {
                return null;
            }
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), io.github.govmeta.core.input.Position.UNKNOWN,
                    "no such baseline file")));
        }
        return Baseline.read(file);
    }

    private static Path baselinePath(ValidationRequest request, GovmetaConfig settings) {
        if (request.noBaseline()) {
            return null;
        }
        return request.baselineFile() != null ? resolve(request, request.baselineFile()) : settings.baseline();
    }

    private static void writeShaclReport(Graph reports, Path temp, Path target, List<String> problems) {
        try {
            reports.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
            try (var out = Files.newOutputStream(temp)) {
                RDFDataMgr.write(out, reports, org.apache.jena.riot.Lang.TURTLE);
            }
            ReportFiles.moveInto(temp, target);
        } catch (IOException e) {
            problems.add("cannot write the SHACL report " + target + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden temporary file beside a report is harmless
        }
    }

    private static Path resolve(ValidationRequest request, Path path) {
        return path == null ? null : request.workingDirectory().resolve(path).normalize();
    }
}
