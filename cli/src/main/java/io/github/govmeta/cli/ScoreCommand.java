package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.quality.ScoreRenderer;
import io.github.govmeta.core.quality.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta score}: data quality scores of each dataset and of the catalog, under the profile's quality models. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores the metadata quality of each dataset and of the whole catalog under the profile's models (the Thai DGA criteria and the EU MQA).",
            "ให้คะแนนคุณภาพคำอธิบายข้อมูลรายชุดข้อมูลและทั้งบัญชีข้อมูล ตามหลักเกณฑ์ของ สพร. และ MQA ของสหภาพยุโรป"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and the catalog score reaches --min-score)", "1:the catalog score is below --min-score",
            "2:usage, profile or I/O error"})
final class ScoreCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    JsonLdContextOptions jsonldContextOptions;

    @Mixin
    CatalogOptions catalogOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--explain", description = "In the text output, list every metric with its reason, earned ones too.")
    boolean explain;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day timeliness is measured against (default: today), for reproducible scores.")
    LocalDate today;

    @Option(names = "--min-score", paramLabel = "N",
            description = "Exit with 1 when the catalog's mean score under the first model (the Thai one, out of 100) is below N.")
    Double minScore;

    @Option(names = "--check-urls",
            description = "Check over the network that access and download URLs answer (HEAD, then GET), for the MQA metrics that need it; "
                    + "without it they are left out. Private addresses only with --allow-private-urls; limits as --timeout, --rate, --concurrency.")
    boolean checkUrls;

    @Option(names = "--national", paramLabel = "DIR",
            description = "Also write the national view, agencies compared, into DIR: national.html, national.csv, national.json "
                    + "(an agency is a dataset's CKAN organization, else its catalog: the portal, or the dump file).")
    java.nio.file.Path national;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    void debug(boolean value) {
        context.debug(value);
    }

    ScoreCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ScoreRenderer renderer = ScoreRenderer.find(format).orElse(null);
        if (renderer == null) {
            context.err.println("govmeta score: --format: unknown format '" + format + "' (expected one of "
                    + String.join(", ", ScoreRenderer.names()) + ")");
            return ExitStatus.ERROR.code();
        }
        ValidationRequest.Builder request = jsonldContextOptions.applyTo(catalogOptions.applyTo(inputOptions.applyTo(profileOptions.request(context), context, catalogOptions)))
                .timing(false);
        if (today != null) {
            request.today(today);
        }
        Scoring.Outcome outcome = Scoring.score(request.build(), checkUrls);
        CatalogOptions.printSummaries(context, outcome.result());
        if (outcome.report() != null) {
            renderer.render(outcome.report(), new ScoreRenderer.Options(outcome.result().lang(), explain), context.out);
        }
        if (national != null && outcome.national() != null) {
            try {
                for (java.nio.file.Path p : io.github.govmeta.core.quality.NationalViewWriter.write(outcome.national(),
                        outcome.result().lang(), context.workingDirectory.resolve(national))) {
                    context.err.println("govmeta: " + p);
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                context.err.println("govmeta score: cannot write the national view into " + national + ": " + e.getMessage());
                context.err.flush();
                return ExitStatus.ERROR.code();
            }
        }
        if (!outcome.done()) {
            outcome.problems().forEach(p -> context.err.println("govmeta: " + p));
            context.err.flush();
            return ExitStatus.ERROR.code();
        }
        int status = context.finish(outcome.result()) == ExitStatus.ERROR.code() ? ExitStatus.ERROR.code() : ExitStatus.OK.code();
        if (status == ExitStatus.OK.code() && minScore != null && outcome.catalogScore() < minScore) {
            context.err.println("govmeta score: the catalog scores " + ScoreRenderer.number(outcome.catalogScore())
                    + ", below --min-score " + ScoreRenderer.number(minScore));
            context.err.flush();
            return ExitStatus.FINDINGS.code();
        }
        return status;
    }

    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(ScoreRenderer.names());
        }
    }
}
