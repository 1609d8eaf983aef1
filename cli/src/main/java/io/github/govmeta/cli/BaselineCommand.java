package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.finding.Finding;
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
        description = {"Writes the current findings to a baseline file; 'validate --baseline FILE' then fails only on new findings. Entries are keyed by rule, file, dataset and JSON Pointer, not line numbers.", "บันทึกข้อค้นพบปัจจุบันเป็นเส้นฐาน"})
final class BaselineCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    JsonLdContextOptions jsonldContextOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Baseline file to write (default: the configuration's baseline, else " + Baseline.DEFAULT_FILE + ").")
    Path output;

    BaselineCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Finding> findings = new ArrayList<>();
        Govmeta govmeta = ProfileOptions.open(context, jsonldContextOptions.applyTo(inputOptions.applyTo(profileOptions.request(context), context))
                .noBaseline(true)
                .failOn("none")
                .listener(findings::add)
                .build());
        if (govmeta == null) {
            return ExitStatus.ERROR.code();
        }
        ValidationResult result = govmeta.run();
        if (result.status() == ExitStatus.ERROR) {
            return context.finish(result);
        }
        Path file = output != null ? context.workingDirectory.resolve(output)
                : govmeta.configuration().baseline() != null ? govmeta.configuration().baseline()
                : context.workingDirectory.resolve(Baseline.DEFAULT_FILE);
        try {
            Baseline.write(file, findings, govmeta.profile().ref());
        } catch (UncheckedIOException e) {
            context.err.println("govmeta: cannot write the baseline: " + e.getCause().getMessage());
            return ExitStatus.ERROR.code();
        }
        context.out.println("govmeta: wrote " + result.stats().total() + " findings of " + result.stats().records()
                + " datasets to " + context.workingDirectory.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        context.out.flush();
        return ExitStatus.OK.code();
    }
}
