package io.github.govmeta.cli;

import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.input.InputCollector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files a command reads: paths, and globs that filter folders (from the flags, else the configuration). */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to check (folders recursively); '-' reads standard input.")
    List<String> paths;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files in folders that match (repeatable; default: every JSON, JSON Lines, YAML and RDF file).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files in folders that match (repeatable; default: target/, node_modules/ and hidden folders).")
    List<String> excludes = new ArrayList<>();

    /** The sources; paths that do not exist are printed and listed in the result. */
    InputCollector.Result collect(Context context, GovmetaConfig settings) {
        InputCollector.Result inputs = new InputCollector(context.workingDirectory,
                includes.isEmpty() ? settings.include() : includes,
                excludes.isEmpty() ? settings.exclude() : excludes).collect(paths, context.in);
        for (String missing : inputs.missing()) {
            context.err.println("govmeta: no such file or folder: " + missing);
        }
        return inputs;
    }
}
