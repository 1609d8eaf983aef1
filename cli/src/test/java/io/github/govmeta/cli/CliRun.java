package io.github.govmeta.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures exit code, standard output and standard error. */
record CliRun(int exitCode, String out, String err) {
    /** The repository root (tests run in cli/). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The engine tests' small profile. */
    static final Path MINI = ROOT.resolve("validator-core/src/test/resources/profiles/mini");

    static CliRun withStdin(Path workingDirectory, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), workingDirectory, false).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Path workingDirectory, String... args) {
        return withStdin(workingDirectory, "", args);
    }
}
