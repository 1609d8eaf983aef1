package io.github.govmeta.cli;

import io.github.govmeta.core.ValidationRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files a command reads: paths, and globs that filter folders (from the flags, else the configuration). */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (folders recursively); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files in folders that match (repeatable; default: every JSON, JSON Lines, YAML and RDF file).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files in folders that match (repeatable; default: target/, node_modules/, hidden files and folders).")
    List<String> excludes = new ArrayList<>();

    /**
     * Sets the inputs of {@code request}.
     *
     * @throws picocli.CommandLine.ParameterException when no PATH is given (a usage error, exit code 2)
     */
    ValidationRequest.Builder applyTo(ValidationRequest.Builder request, Context context) {
        return applyTo(request, context, null);
    }

    /** Sets the inputs of {@code request}, where live catalogs may stand in for paths. */
    ValidationRequest.Builder applyTo(ValidationRequest.Builder request, Context context, CatalogOptions catalogs) {
        if (paths.isEmpty() && (catalogs == null || !catalogs.any())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), catalogs == null
                    ? "Missing required parameter: 'PATH'"
                    : "Missing required parameter: 'PATH' (or a live catalog: --ckan URL, --dcat URL)");
        }
        return request.inputs(paths).stdin(context.in).includes(includes).excludes(excludes);
    }
}
