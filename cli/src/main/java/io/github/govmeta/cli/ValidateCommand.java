package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.report.Renderers;
import io.github.govmeta.core.report.ReportTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta validate}: checks files, folders or standard input and reports findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates CKAN dataset metadata (JSON, JSON Lines, YAML; single datasets, package_show or package_search responses, dumps) against a profile of the standard.", "ตรวจคำอธิบายชุดข้อมูลตามโปรไฟล์ของมาตรฐาน"})
final class ValidateCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    JsonLdContextOptions jsonldContextOptions;

    @Mixin
    CatalogOptions catalogOptions;

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

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that check records while one reads them (default: one per processor).")
    int threads;

    @Option(names = "--target", paramLabel = "TARGET",
            description = "Check the records for an export: public fails every dataset that is not public (th-gdc-policy's publish gate).")
    String target;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day dates are measured against (default: today): suppressions' until, the classification review period.")
    java.time.LocalDate today;

    @Option(names = "--show-suppressed",
            description = "List suppressed and baselined findings in the text report (default: only their count; machine formats always carry them).")
    boolean showSuppressed;

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
        ValidationRequest.Builder request = jsonldContextOptions.applyTo(catalogOptions.applyTo(inputOptions.applyTo(profileOptions.request(context), context, catalogOptions)))
                .failOn(failOn)
                .output(new ValidationRequest.StreamReport(format, context.out, context.color(color)))
                .shapes(shapes)
                .onlyShapes(onlyShapes)
                .reportRdf(reportRdf)
                .baselineFile(baseline)
                .noBaseline(noBaseline)
                .reportUnusedSuppressions(reportUnusedSuppressions)
                .timing(!noTiming)
                .showSuppressed(showSuppressed)
                .threads(threads)
                .target(target);
        if (today != null) {
            request.today(today);
        }
        for (String r : reports) {
            try {
                request.report(ReportTarget.parse(r));
            } catch (IllegalArgumentException e) {
                context.err.println("govmeta validate: --report: " + e.getMessage());
                return ExitStatus.ERROR.code();
            }
        }
        if (context.terminal) {
            request.listener(new ProgressListener(context.err));
        }
        ValidationResult result = Govmeta.validate(request.build());
        CatalogOptions.printSummaries(context, result);
        return context.finish(result);
    }

    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(Renderers.names());
        }
    }
}
