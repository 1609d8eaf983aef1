package io.github.govmeta.core.engine;

import io.github.govmeta.core.canonical.CanonicalRecord;
import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.checks.CatalogKeys;
import io.github.govmeta.core.checks.CatalogPass;
import io.github.govmeta.core.checks.CheckContext;
import io.github.govmeta.core.checks.ProfileChecks;
import io.github.govmeta.core.config.ConfigLoader;
import io.github.govmeta.core.config.FindingPolicy;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.ReadContext;
import io.github.govmeta.core.input.InputRecord;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.jsonschema.JsonSchemaCheck;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.rdf.DcatConverter;
import io.github.govmeta.core.rdf.DcatDescriber;
import io.github.govmeta.core.rdf.DcatMapping;
import io.github.govmeta.core.shacl.DcatShaclCheck;
import io.github.govmeta.core.shacl.ShaclCheck;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import io.github.govmeta.core.profile.RuleCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The single entry point of the engine, for the CLI, the Maven plugin and any JVM program: create it
 * from a {@link ValidatorConfig} (this loads and compiles the profile once), then {@link #run} it on
 * sources with a listener. The pass/fail decision is made here, so every caller agrees.
 *
 * <p>Sources are read one at a time, record by record; a record's findings are sorted and delivered
 * before the next record is read, so memory stays bounded by the largest record. A source that cannot be
 * read yields findings and the run goes on. Instances are immutable; {@code run} may be called many times.
 */
public final class GovmetaValidator {
    public static final String VERSION = versionFromBuild();
    /** Engine rule for a defect met while checking a source; the run goes on with the next one. */
    public static final String INTERNAL = "GOVMETA-INTERNAL";

    private final ValidatorConfig config;
    private final CompiledProfiles.CompiledProfile compiled;
    private final Profile profile;
    private final RuleCatalog rules;
    private final Canonicalizer canonicalizer;
    private final JsonSchemaCheck schemaCheck;
    private final ProfileChecks checks;
    private final CheckContext context;
    private final io.github.govmeta.core.input.JsonSourceReader lineReader;
    private volatile ShaclCheck shacl;

    private GovmetaValidator(ValidatorConfig config, CompiledProfiles.CompiledProfile compiled) {
        this.config = config;
        this.compiled = compiled;
        this.profile = compiled.profile;
        this.rules = compiled.rules;
        this.canonicalizer = compiled.canonicalizer;
        this.schemaCheck = compiled.schemaCheck;
        this.checks = compiled.checks;
        this.context = new CheckContext(config.today(), config.policy(), config.target());
        this.lineReader = new io.github.govmeta.core.input.JsonSourceReader(config.limits());
        if (!config.shapes().isEmpty() || !config.shapeSources().isEmpty()) {
            this.shacl = ShaclCheck.of(config.profileShapes() ? profile : null, rules, config.shapes(), config.shapeSources());
        }
    }

    /**
     * @throws io.github.govmeta.core.profile.ProfileException when the profile cannot be found or compiled
     * @throws io.github.govmeta.core.config.ConfigException when the configuration names unknown rules
     */
    public static GovmetaValidator create(ValidatorConfig config) {
        GovmetaValidator validator = new GovmetaValidator(config,
                CompiledProfiles.load(config.profile(), config.profileDirectory()));
        ConfigLoader.checkRuleIds(config.settings(), validator.rules);
        if (config.target() != null && !validator.checks.hasTarget(config.target())) {
            throw new ProfileException("target: profile " + validator.profile.ref() + " has no export target '" + config.target()
                    + "'" + (validator.checks.targets().isEmpty() ? " (it has none)"
                    : " (expected " + String.join(", ", validator.checks.targets()) + ")"));
        }
        return validator;
    }

    /** This validator's compiled profile under another configuration (e.g. another day or agency policy). */
    public GovmetaValidator with(ValidatorConfig other) {
        return new GovmetaValidator(other, compiled);
    }

    /** A validator for a profile already loaded (e.g. by a tool that checks the profile itself). */
    public static GovmetaValidator forProfile(Profile profile, ValidatorConfig config) {
        return new GovmetaValidator(config, new CompiledProfiles.CompiledProfile(profile));
    }

    public Profile profile() {
        return profile;
    }

    /** Every rule a finding of this validator can carry: the profile's and the engine's. */
    public RuleCatalog rules() {
        return rules;
    }

    /** The profile's checks besides its schemas ({@code checks.yaml} of the profile and its bases). */
    public ProfileChecks checks() {
        return checks;
    }

    public ValidatorConfig config() {
        return config;
    }

    /**
     * Reads and checks every source in order and reports to {@code listener}; the team's policy
     * (severities, suppressions, baseline) is applied to each finding first.
     */
    public RunStats run(List<InputSource> sources, FindingListener listener) {
        return run(sources, List.of(), listener, newPolicy(), null);
    }

    /** The team's policy for one run (or one series of {@link #check} calls): thread-safe, it counts what it used. */
    public FindingPolicy newPolicy() {
        return new FindingPolicy(config.settings(), config.baseline(), config.today(), config.workingDirectory());
    }

    /**
     * Reads and checks every source in order and reports to {@code listener}, after {@code policy}.
     *
     * @param missing      inputs that were named but do not exist: each is reported as a source with a
     *                     {@code GOVMETA-INPUT-MISSING} finding, so no report of the run shows a pass
     * @param shaclReports receives the SHACL validation reports of DCAT sources, or null
     */
    public RunStats run(Iterable<InputSource> sources, List<String> missing, FindingListener listener, FindingPolicy policy,
                        Graph shaclReports) {
        long start = System.nanoTime();
        Counts counts = new Counts(config.failOn());
        FindingListener all = FindingListener.tee(List.of(counts, listener));
        CatalogPass catalog = checks.newPass();
        all.started(new RunInfo(VERSION, profile.id(), profile.version(), config.lang()));
        for (String name : missing) {
            all.sourceStarted(name);
            new Sink(name, all, policy, null, 0, null, catalog).problem(InputProblem.of(InputRules.MISSING, Position.UNKNOWN, name));
            all.sourceFinished(name);
        }
        ReadContext context = readContext(shaclReports, all.readsContent());
        ExecutorService workers = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads(), WORKER_THREADS) : null;
        int read = 0;
        try {
            for (InputSource source : sources) {
                read++;
                read(source, context, all, policy, workers, catalog);
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        catalogFindings(catalog.finish(), all, policy);
        List<Finding> configFindings = policy.endOfRun(config.reportUnusedSuppressions(), rules);
        if (!configFindings.isEmpty()) {
            String file = configFindings.get(0).location().source();
            all.sourceStarted(file);
            configFindings.forEach(all::onFinding);
            all.sourceFinished(file);
        }
        RunStats stats = new RunStats(read + missing.size(), counts.records, counts.bySeverity.getOrDefault(Severity.ERROR, 0),
                counts.bySeverity.getOrDefault(Severity.WARNING, 0), counts.bySeverity.getOrDefault(Severity.INFO, 0),
                (System.nanoTime() - start) / 1_000_000, counts.failed, counts.suppressed, policy.baselineFixed(), catalog.tallies());
        all.finished(stats);
        return stats;
    }

    /** Reads DCAT datasets back into CKAN form, or null when the profile has no mapping (nothing to read them by). */
    private DcatDescriber describer() {
        return profile.hasDcatMapping() ? new DcatDescriber(DcatMapping.of(profile)) : null;
    }

    /**
     * The findings of the catalog-wide checks, after the team's policy, each source's together (a source's
     * block starts again after all sources were read: {@code sourceStarted} is called once more for it).
     */
    private static void catalogFindings(List<Finding> found, FindingListener all, FindingPolicy policy) {
        Map<String, List<Finding>> bySource = new java.util.LinkedHashMap<>();
        for (Finding f : found) {
            Finding applied = policy.apply(f);
            if (applied != null) {
                bySource.computeIfAbsent(applied.location().source(), k -> new ArrayList<>()).add(applied);
            }
        }
        bySource.forEach((source, findings) -> {
            all.sourceStarted(source);
            findings.forEach(all::onFinding);
            all.sourceFinished(source);
        });
    }

    /**
     * The findings of records read as one catalog, sorted: each record's, then the catalog-wide checks'
     * (what {@link #run} reports for them, before the team's policy). For tools and tests.
     */
    public List<Finding> checkCatalog(List<SourceRecord> records) {
        CatalogPass catalog = checks.newPass();
        List<Finding> out = new ArrayList<>();
        for (SourceRecord r : records) {
            CanonicalRecord canonical = canonicalizer.canonicalize(r.node());
            out.addAll(check(r, canonical));
            catalog.add(checks.keys(r, canonical));
        }
        out.addAll(catalog.finish());
        out.sort(Finding.ORDER);
        return out;
    }

    /**
     * Reads and checks one source on the calling thread, as {@link #run} checks each of its sources, and
     * reports it to {@code listener} ({@code sourceStarted}, its records and findings, {@code
     * sourceFinished}) after {@code policy}; no end-of-run findings. For callers that spread the sources of
     * one run over many threads or machines themselves (a Spark task): thread-safe.
     *
     * @return the source's counts and the gate's verdict on them ({@code sources} is 1)
     */
    public RunStats check(InputSource source, FindingListener listener, FindingPolicy policy) {
        long start = System.nanoTime();
        Counts counts = new Counts(config.failOn());
        FindingListener all = FindingListener.tee(List.of(counts, listener));
        // the catalog-wide checks see this source's records only: duplicates within the file are found
        CatalogPass catalog = checks.newPass();
        read(source, readContext(null, all.readsContent()), all, policy, null, catalog);
        catalogFindings(catalog.finish(), all, policy);
        return new RunStats(1, counts.records, counts.bySeverity.getOrDefault(Severity.ERROR, 0),
                counts.bySeverity.getOrDefault(Severity.WARNING, 0), counts.bySeverity.getOrDefault(Severity.INFO, 0),
                (System.nanoTime() - start) / 1_000_000, counts.failed, counts.suppressed, 0, catalog.tallies());
    }

    /**
     * Reads and checks one line of JSON Lines held apart from its file (a row of a table), as {@link #run}
     * checks that line of that file: record {@code index} of {@code source} at line {@code line}; a
     * malformed, blank or overlong line, or a defect, is a located finding. Findings after {@code policy},
     * sorted. Thread-safe.
     */
    public List<Finding> checkJsonLine(String source, int index, int line, String text, FindingPolicy policy) {
        List<Finding> raw = new ArrayList<>();
        byte[] bytes = text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > config.limits().maxLineBytes()) {
            raw.add(problemFinding(source, InputProblem.of(InputRules.LIMIT, new Position(line, 1),
                    "line longer than " + config.limits().maxLineBytes() + " bytes")));
        } else if (text == null || text.isBlank()) {
            raw.add(problemFinding(source, InputProblem.of(InputRules.EMPTY, new Position(line, 1), null)));
        } else {
            try {
                lineReader.readJsonLine(source, index, line, bytes, new RecordSink() {
                    @Override
                    public void record(SourceRecord record) {
                        raw.addAll(check(record));
                    }

                    @Override
                    public void problem(InputProblem problem) {
                        raw.add(problemFinding(source, problem));
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                raw.add(problemFinding(source, InputProblem.of(INTERNAL, new Position(line, 0), e.toString())));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            Finding applied = policy.apply(f);
            if (applied != null) {
                out.add(applied);
            }
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /** @param describe whether DCAT datasets are read back into CKAN form for listeners that read content */
    private ReadContext readContext(Graph shaclReports, boolean describe) {
        return new ReadContext(config.limits(), new DcatShaclCheck(this::shacl, config.limits(), config.jsonldContexts(),
                shaclReports == null ? report -> { } : report -> GraphUtil.addInto(shaclReports, report.getGraph()),
                describe ? describer() : null, config.threads()));
    }

    /** One source into {@code all}: a source that cannot be read, or meets a defect, costs only itself. */
    private void read(InputSource source, ReadContext context, FindingListener all, FindingPolicy policy, ExecutorService workers,
                      CatalogPass catalog) {
        all.sourceStarted(source.name());
        Sink sink = new Sink(source.name(), all, policy, workers, 2 * config.threads(), source.datasetPages(), catalog);
        try {
            SourceFormats.read(source, context, sink);
            sink.drain();
        } catch (RuntimeException e) {
            // A defect must not lose the other sources: report it on this one, keep its cause, go on.
            sink.drain();
            all.engineDefect(source.name(), e);
            sink.problem(InputProblem.of(INTERNAL, Position.UNKNOWN, e.toString()));
        } catch (StackOverflowError e) {
            // A third-party parser recursing on hostile nesting (Turtle blank nodes or lists, JSON-LD
            // objects inside each other): the stack is unwound here, the source is reported, the run goes on.
            sink.drain();
            sink.problem(InputProblem.localized(InputRules.LIMIT, Position.UNKNOWN, new io.github.govmeta.core.finding.LocalizedText(
                    "ข้อมูลซ้อนกันลึกเกินกว่าที่ตัวอ่านรองรับ (เช่น blank node หรือรายการซ้อนกันหลายหมื่นชั้น)",
                    "the content nests deeper than the parser can follow (e.g. blank nodes or lists tens of thousands deep)")));
        }
        all.sourceFinished(source.name());
    }

    /** The profile's shapes (compiled once per profile) with the extra shapes, or the extra shapes only. */
    private ShaclCheck shacl() {
        ShaclCheck s = shacl;
        return s != null ? s : compiled.shapes();
    }

    /**
     * Converts the datasets of CKAN sources to DCAT through the profile's mapping (what {@code govmeta
     * convert} writes), one small graph per dataset, handed over as soon as it is read: memory stays that
     * of one dataset. Sources are read through the same formats as {@link #run}; unreadable sources, and RDF
     * ones ({@link InputRules#SHAPE}), yield problems, not exceptions.
     *
     * @param datasets receives each dataset's graph, with the mapping's prefixes
     * @throws ProfileException when the profile has no DCAT mapping
     */
    public void toDcat(List<InputSource> sources, java.util.function.Consumer<Finding> problems,
                       java.util.function.Consumer<Graph> datasets) {
        DcatMapping mapping = DcatMapping.of(profile);
        DcatConverter converter = new DcatConverter(mapping);
        ReadContext context = ReadContext.ckanOnly(config.limits(), "RDF, which convert does not convert again");
        int[] index = {0};
        for (InputSource source : sources) {
            SourceFormats.read(source, context, RecordStream.of(new RecordSink() {
                @Override
                public void record(SourceRecord record) {
                    Graph g = GraphFactory.createDefaultGraph();
                    g.getPrefixMapping().setNsPrefixes(mapping.prefixes());
                    converter.add(g, canonicalizer.canonicalize(record.node()).node(), index[0]++);
                    datasets.accept(g);
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.accept(problemFinding(source.name(), problem));
                }
            }));
        }
    }

    /** The findings of one record, sorted: what {@link #run} reports for it. */
    public List<Finding> check(SourceRecord record) {
        return check(record, canonicalizer.canonicalize(record.node()));
    }

    private List<Finding> check(SourceRecord record, CanonicalRecord canonical) {
        List<Finding> findings = new ArrayList<>(schemaCheck.check(record, canonical));
        findings.addAll(checks.check(record, canonical, context));
        findings.sort(Finding.ORDER);
        return findings;
    }

    private Finding problemFinding(String source, InputProblem problem) {
        return rules.find(problem.ruleId()).orElseThrow().finding(problem.args(),
                new Location(source, problem.position().line(), problem.position().column(), null), null, null, Map.of());
    }

    /** A record's findings, its canonical CKAN content (a DCAT record's when it was read back) and its catalog keys (null for a DCAT record). */
    private record Checked(List<Finding> findings, JsonNode content, CatalogKeys keys) {}

    /** Checks one record on any thread: canonicalises a CKAN record once, for the check and for listeners. */
    private Checked checked(InputRecord record) {
        JsonNode[] content = {null};
        CatalogKeys[] keys = {null};
        List<Finding> raw = record.findings(r -> {
            CanonicalRecord canonical = canonicalizer.canonicalize(r.node());
            content[0] = canonical.node();
            keys[0] = checks.keys(r, canonical);
            return check(r, canonical);
        });
        return new Checked(raw, content[0] != null ? content[0] : record.summary().content(), keys[0]);
    }

    /** How many records one task of the workers checks: a hand-over per record costs more than a small record's check. */
    private static final int BATCH = 32;

    /** A record checked on a worker: its summary and its check, or the defect the check met. */
    private record Outcome(RecordSummary summary, Checked checked, Throwable defect) {}

    /**
     * Delivers one source's records and findings to the listener, in reading order. With workers, records
     * are checked on them in batches of {@value #BATCH} while the reading thread reads on: at most {@code
     * window} batches wait, so memory stays bounded, and findings are delivered in the order the records
     * were read. A record whose check fails with a defect costs only itself ({@code GOVMETA-INTERNAL} at
     * its line).
     */
    private final class Sink implements RecordStream {
        private final String source;
        private final FindingListener listener;
        private final FindingPolicy policy;
        private final ExecutorService workers;
        private final int window;
        private final ArrayDeque<Future<List<Outcome>>> pending = new ArrayDeque<>();
        private List<InputRecord> batch = new ArrayList<>(BATCH);
        private final CatalogPass catalog;

        private final String datasetPages;

        Sink(String source, FindingListener listener, FindingPolicy policy, ExecutorService workers, int window, String datasetPages,
             CatalogPass catalog) {
            this.catalog = catalog;
            this.source = source;
            this.datasetPages = datasetPages;
            this.listener = listener;
            this.policy = policy;
            this.workers = workers;
            this.window = window;
        }

        @Override
        public void record(InputRecord record) {
            if (workers == null) {
                Checked checked;
                try {
                    checked = checked(record);
                } catch (RuntimeException | StackOverflowError e) {
                    defect(record.summary(), e);
                    return;
                }
                findings(record.summary(), checked);
                return;
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                submit();
            }
        }

        private void submit() {
            List<InputRecord> records = batch;
            batch = new ArrayList<>(BATCH);
            pending.add(workers.submit(() -> {
                List<Outcome> out = new ArrayList<>(records.size());
                for (InputRecord r : records) {
                    try {
                        out.add(new Outcome(r.summary(), checked(r), null));
                    } catch (RuntimeException | StackOverflowError e) {
                        out.add(new Outcome(r.summary(), null, e));
                    }
                }
                return out;
            }));
            while (pending.size() > window) {
                deliverFirst();
            }
        }

        /** Delivers every record still being checked; called before anything else is reported. */
        void drain() {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!pending.isEmpty()) {
                deliverFirst();
            }
        }

        private void deliverFirst() {
            List<Outcome> outcomes;
            try {
                outcomes = pending.removeFirst().get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("checking " + source + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking " + source, e);
            }
            for (Outcome o : outcomes) {
                if (o.defect() != null) {
                    defect(o.summary(), o.defect());
                } else {
                    findings(o.summary(), o.checked());
                }
            }
        }

        private void defect(RecordSummary record, Throwable error) {
            listener.engineDefect(source, error);
            emit(problemFinding(source, InputProblem.of(INTERNAL, new Position(Math.max(record.line(), 0), 0), error.toString())));
        }

        /** One dataset's findings, after the team's policy, with its content for listeners that read it (scoring). */
        private void findings(RecordSummary record, Checked checked) {
            List<Finding> raw = checked.findings();
            JsonNode content = checked.content();
            List<Finding> findings = new ArrayList<>();
            for (Finding f : raw) {
                Finding applied = policy.apply(linked(f));
                if (applied != null) {
                    findings.add(applied);
                }
            }
            catalog.add(checked.keys());
            // Reports show a record's title beside its findings: a personal identifier in it is masked there too.
            listener.recordChecked(new RecordSummary(record.source(), record.index(), record.dataset(), checks.redact(record.title()),
                    record.line(), findings.size(), content, record.rdf()));
            findings.forEach(listener::onFinding);
        }

        /** A finding of a live catalog's dataset, with the link to the dataset's page. */
        private Finding linked(Finding f) {
            if (datasetPages == null || f.dataset() == null || f.extras().containsKey("datasetPage")) {
                return f;
            }
            Map<String, String> extras = new HashMap<>(f.extras());
            extras.put("datasetPage", datasetPages + java.net.URLEncoder.encode(f.dataset(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            return new Finding(f.ruleId(), f.severity(), f.message(), f.location(), f.dataset(), f.value(), f.clause(), extras, f.suppression());
        }

        /** A finding of no dataset, after the team's policy, after the records read before it. */
        @Override
        public void finding(Finding f) {
            drain();
            emit(f);
        }

        private void emit(Finding f) {
            Finding applied = policy.apply(f);
            if (applied != null) {
                listener.onFinding(applied);
            }
        }

        @Override
        public void problem(InputProblem problem) {
            finding(problemFinding(source, problem));
        }
    }

    /** Counts findings and records, and applies the gate. */
    private static final class Counts implements FindingListener {
        private final Severity failOn;
        final Map<Severity, Integer> bySeverity = new HashMap<>();
        int records;
        int suppressed;
        boolean failed;

        Counts(Severity failOn) {
            this.failOn = failOn;
        }

        @Override
        public void recordChecked(RecordSummary record) {
            records++;
        }

        @Override
        public void onFinding(Finding f) {
            if (f.suppressed()) {
                suppressed++;
                return;
            }
            bySeverity.merge(f.severity(), 1, Integer::sum);
            failed |= failOn != null && f.severity().atLeast(failOn);
        }
    }

    /** The project version, filtered into {@code govmeta/version.properties} by the build. */
    private static final java.util.concurrent.ThreadFactory WORKER_THREADS = r -> {
        Thread t = new Thread(r, "govmeta-check");
        t.setDaemon(true);
        return t;
    };

    private static String versionFromBuild() {
        try (var in = GovmetaValidator.class.getClassLoader().getResourceAsStream("govmeta/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("$") ? "0.0.0-dev" : v;
        } catch (java.io.IOException e) {
            return "0.0.0-dev";
        }
    }
}
