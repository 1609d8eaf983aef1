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

    enum ColorMode { auto, always, never }
}
