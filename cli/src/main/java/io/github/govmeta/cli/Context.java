package io.github.govmeta.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The process around a command: streams, environment, working directory. One per run. */
final class Context {
    final PrintWriter out;
    final PrintWriter err;
    final InputStream in;
    final Map<String, String> env;
    final Path workingDirectory;
    final boolean terminal;
    private boolean debug;

    Context(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Path workingDirectory,
            boolean terminal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.terminal = terminal;
    }

    boolean debug() {
        return debug;
    }

    void debug(boolean value) {
        this.debug = value;
    }

    /** Colour on a terminal unless NO_COLOR is set (https://no-color.org). */
    boolean color(ColorMode mode) {
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> terminal && !env.containsKey("NO_COLOR");
        };
    }

    /**
     * Prints what the run's result says on standard error — its problems, the baseline's note, the files of
     * the given folders not read, the stack
     * traces of engine defects with {@code --debug} — and returns the exit code.
     */
    int finish(io.github.govmeta.core.ValidationResult result) {
        out.flush();
        result.problems().forEach(p -> err.println("govmeta: " + p));
        if (!result.baselineNote().isEmpty()) {
            err.println(result.baselineNote());
        }
        if (!result.skippedNote().isEmpty()) {
            err.println(result.skippedNote());
        }
        if (debug) {
            result.defects().forEach(d -> d.printStackTrace(err));
        } else if (!result.defects().isEmpty()) {
            err.println("govmeta: " + result.defects().size() + " internal error(s) (GOVMETA-INTERNAL); run with --debug for details");
        }
        err.flush();
        return result.status().code();
    }

    enum ColorMode { auto, always, never }
}
