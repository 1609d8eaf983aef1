package io.github.govmeta.cli;

import io.github.govmeta.core.ValidationRequest;
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
            description = "Skip files in folders that match (repeatable; default: target/, node_modules/, hidden files and folders).")
    List<String> excludes = new ArrayList<>();

    /** Sets the inputs of {@code request}. */
    ValidationRequest.Builder applyTo(ValidationRequest.Builder request, Context context) {
        return request.inputs(paths).stdin(context.in).includes(includes).excludes(excludes);
    }
}
