package io.github.govmeta.cli;

import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.ReportFiles;
import io.github.govmeta.core.report.ReportTarget;
import io.github.govmeta.core.report.RendererFactory;
import io.github.govmeta.core.report.Renderers;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govmeta validate}: checks files, folders or standard input and reports findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Validates CKAN dataset metadata (JSON, JSON Lines, YAML; single datasets, package_show or",
            "package_search responses, dumps) against a profile of the standard.",
            "ตรวจคำอธิบายชุดข้อมูลตามโปรไฟล์ของมาตรฐาน"})
final class ValidateCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to check (folders recursively); '-' reads standard input.")
    List<String> paths;

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Least severe finding that fails the run (exit code 1): error, warning, info or none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report file, e.g. --report json=build/govmeta.json (repeatable; formats as for --format).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files in folders that match (repeatable; default: **.json, **.jsonl, **.ndjson, **.yaml, **.yml).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files in folders that match (repeatable).")
    List<String> excludes = new ArrayList<>();

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
        Severity failLevel;
        try {
            failLevel = "none".equalsIgnoreCase(failOn) ? null : Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            return usage("--fail-on: " + e.getMessage().replace("(expected error, warning or info)",
                    "(expected error, warning, info or none)"));
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
        GovmetaValidator validator = profileOptions.createValidator(context, failLevel);
        if (validator == null) {
            return ExitCode.ERROR.code;
        }
        InputCollector.Result inputs = new InputCollector(context.workingDirectory, includes, excludes)
                .collect(paths, context.in);
        for (String missing : inputs.missing()) {
            context.err.println("govmeta: no such file or folder: " + missing);
        }
        RenderOptions options = new RenderOptions(profileOptions.lang, context.color(color), !noTiming, validator.rules());
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
        if (!inputs.missing().isEmpty()) {
            return ExitCode.ERROR.code;
        }
        return stats.failed() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
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
