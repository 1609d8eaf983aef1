package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code govmeta} program. All streams and the environment are injected so tests run it in-process;
 * only {@link #main} exits the JVM.
 */
public final class Main {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Map<String, String> env;
    private final Path workingDirectory;
    private final boolean terminal;

    public Main(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Path workingDirectory,
                boolean terminal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(out, err, System.in, System.getenv(), Path.of("").toAbsolutePath(),
                System.console() != null).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        Context context = new Context(out, err, in, env, workingDirectory, terminal);
        CommandLine cli = commandLine(args, new ContextFactory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitStatus.ERROR.code());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("govmeta: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Run 'govmeta --help' or 'govmeta " + subcommand(e) + "--help' for usage.");
            }
            return ExitStatus.ERROR.code();
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (context.debug()) {
                e.printStackTrace(err);
            } else {
                err.println("govmeta: " + e.getMessage() + " (run with --debug for details)");
            }
            return ExitStatus.ERROR.code();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command tree: when the first argument names a subcommand of {@link GovmetaCommand}, a top command with
     * that one only, else the whole tree. picocli reads the annotations of every command it registers, which for
     * all of them is a good part of a small run's start-up; the named command parses, helps and fails as it does
     * in the whole tree (its usage is still {@code govmeta NAME}).
     */
    private static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
        if (args.length > 0) {
            for (Class<?> sub : GovmetaCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
                if (sub.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
                    CommandLine top = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new GovmetaCommand())
                            .name("govmeta"), factory);
                    try {
                        top.addSubcommand(factory.create(sub));
                    } catch (Exception e) {
                        throw new CommandLine.InitializationException("cannot create command " + args[0] + ": " + e, e);
                    }
                    return top;
                }
            }
        }
        return new CommandLine(new GovmetaCommand(), factory);
    }

    private static String subcommand(CommandLine.ParameterException e) {
        String name = e.getCommandLine().getCommandName();
        return "govmeta".equals(name) ? "" : name + " ";
    }

    /** Hands the injected streams to command objects picocli creates. */
    record ContextFactory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Context.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
