package io.github.govmeta.cli;

import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.config.ConfigException;
import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.RendererFactory;
import io.github.govmeta.core.report.Renderers;
import io.github.govmeta.core.report.ReportFiles;
import io.github.govmeta.core.report.ReportTarget;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta validate}: checks files, folders or standard input and reports findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Validates CKAN dataset metadata (JSON, JSON Lines, YAML; single datasets, package_show or",
            "package_search responses, dumps) against a profile of the standard.",
            "ตรวจคำอธิบายชุดข้อมูลตามโปรไฟล์ของมาตรฐาน"})
final class ValidateCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Least severe finding that fails the run (exit code 1): error, warning, info or none (default: error).")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report file, e.g. --report json=build/govmeta.json (repeatable; formats as for --format).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--shapes", paramLabel = "FILE|DIR",
            description = "Also apply these SHACL shapes to DCAT sources (repeatable; a folder: its Turtle/RDF files).")
    List<Path> shapes = new ArrayList<>();

    @Option(names = "--only-shapes", description = "Check DCAT sources against the --shapes only, not the profile's shapes.")
    boolean onlyShapes;

    @Option(names = "--report-rdf", paramLabel = "FILE",
            description = "Write the SHACL validation report (sh:ValidationReport, Turtle) of DCAT sources.")
    Path reportRdf;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail only on findings not in this baseline (made by 'govmeta baseline'); default: the configuration's baseline.")
    Path baseline;

    @Option(names = "--no-baseline", description = "Ignore the configuration's baseline.")
    boolean noBaseline;

    @Option(names = "--report-unused-suppressions", description = "Report suppressions that match no finding.")
    boolean reportUnusedSuppressions;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never.")
    Context.ColorMode color;

    @Option(names = "--no-timing", description = "Leave the duration out of the summary (for reproducible output).")
    boolean noTiming;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    void debug(boolean value) {
        context.debug(value);
    }

    ValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (failOn != null && !failOn.matches("(?i)error|warning|info|none")) {
            return usage("--fail-on: unknown level '" + failOn + "' (expected error, warning, info or none)");
        }
        RendererFactory factory = Renderers.find(format).orElse(null);
        if (factory == null) {
            return usage("--format: unknown format '" + format + "' (expected one of " + String.join(", ", Renderers.names()) + ")");
        }
        List<ReportTarget> targets = new ArrayList<>();
        for (String r : reports) {
            try {
                ReportTarget t = ReportTarget.parse(r);
                targets.add(new ReportTarget(t.format(), context.workingDirectory.resolve(t.file())));
            } catch (IllegalArgumentException e) {
                return usage("--report: " + e.getMessage());
            }
        }
        GovmetaConfig settings = profileOptions.loadConfig(context);
        if (settings == null) {
            return ExitCode.ERROR.code;
        }
        Baseline known;
        try {
            known = loadBaseline(settings);
        } catch (ConfigException e) {
            e.problems().forEach(p -> context.err.println(p.display()));
            return ExitCode.ERROR.code;
        }
        GovmetaValidator validator = profileOptions.createValidator(context, settings, b -> b
                .failOn(failOn)
                .baseline(known)
                .reportUnusedSuppressions(reportUnusedSuppressions)
                .shapes(shapes.stream().map(context.workingDirectory::resolve).toList())
                .profileShapes(!onlyShapes)
                .shaclReport(reportRdf == null ? null : context.workingDirectory.resolve(reportRdf)));
        if (validator == null) {
            return ExitCode.ERROR.code;
        }
        InputCollector.Result inputs = inputOptions.collect(context, settings);
        RenderOptions options = new RenderOptions(validator.config().lang(), context.color(color), !noTiming, validator.rules());
        RunStats stats;
        try (ReportFiles files = ReportFiles.open(targets, options)) {
            List<FindingListener> listeners = new ArrayList<>(List.of(factory.create(context.out, options), files));
            if (context.terminal) {
                listeners.add(new ProgressListener(context.err));
            }
            stats = validator.run(inputs.sources(), FindingListener.tee(listeners));
        } catch (UncheckedIOException e) {
            context.err.println("govmeta: cannot write a report: " + e.getCause().getMessage());
            return ExitCode.ERROR.code;
        }
        context.out.flush();
        if (known != null) {
            context.err.println("govmeta: baseline: " + stats.suppressed() + " known findings not counted; "
                    + stats.baselineFixed() + " baseline entries fixed"
                    + (stats.baselineFixed() > 0 ? " (run 'govmeta baseline' to drop them)" : ""));
        }
        if (!inputs.missing().isEmpty()) {
            return ExitCode.ERROR.code;
        }
        return stats.failed() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    private Baseline loadBaseline(GovmetaConfig settings) {
        if (noBaseline) {
            return null;
        }
        Path file = baseline != null ? context.workingDirectory.resolve(baseline) : settings.baseline();
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            if (baseline == null) {
                return null;
            }
            throw new ConfigException(List.of(new io.github.govmeta.core.config.ConfigProblem(file.toString(),
                    io.github.govmeta.core.input.Position.UNKNOWN, "no such baseline file")));
        }
        return Baseline.read(file);
    }

    private int usage(String message) {
        context.err.println("govmeta validate: " + message);
        return ExitCode.ERROR.code;
    }

    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(Renderers.names());
        }
    }
}
