package io.github.govmeta.cli;

import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.input.InputCollector;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta baseline}: records today's findings so that later runs fail only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Writes the current findings to a baseline file; 'validate --baseline FILE' then fails only",
            "on new findings. Entries are keyed by rule, file, dataset and JSON Pointer, not line numbers.",
            "บันทึกข้อค้นพบปัจจุบันเป็นเส้นฐาน"})
final class BaselineCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Baseline file to write (default: the configuration's baseline, else " + Baseline.DEFAULT_FILE + ").")
    Path output;

    BaselineCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GovmetaValidator validator = profileOptions.validator(context);
        if (validator == null) {
            return ExitCode.ERROR.code;
        }
        InputCollector.Result inputs = inputOptions.collect(context, validator.config().settings());
        if (!inputs.missing().isEmpty()) {
            return ExitCode.ERROR.code;
        }
        List<Finding> findings = new ArrayList<>();
        RunStats stats = validator.run(inputs.sources(), findings::add);
        Path file = output != null ? context.workingDirectory.resolve(output)
                : validator.config().settings().baseline() != null ? validator.config().settings().baseline() : context.workingDirectory.resolve(Baseline.DEFAULT_FILE);
        try {
            Baseline.write(file, findings, validator.profile().ref());
        } catch (UncheckedIOException e) {
            context.err.println("govmeta: cannot write the baseline: " + e.getCause().getMessage());
            return ExitCode.ERROR.code;
        }
        context.out.println("govmeta: wrote " + stats.total() + " findings of " + stats.records() + " datasets to "
                + context.workingDirectory.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        context.out.flush();
        return ExitCode.OK.code;
    }
}
