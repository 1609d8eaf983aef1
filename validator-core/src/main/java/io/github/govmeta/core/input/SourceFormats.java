package io.github.govmeta.core.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of source formats, and the one place that decides a source's format: the one the source
 * names, else the one its file extension implies, else the first registered format whose sniffing accepts
 * the source's first bytes. Formats are registered as services: a new format is one class and one line in
 * {@code META-INF/services/io.github.govmeta.core.input.SourceFormat}. They are tried in the order of that
 * file (formats of other jars after, in class-path order); YAML, which accepts anything, is last.
 * Immutable, thread-safe.
 */
public final class SourceFormats {
    /** How much of a source {@link SourceFormat#sniff} sees. */
    public static final int SNIFF_BYTES = 64 * 1024;

    private static final List<SourceFormat> ALL = load();

    private SourceFormats() {}

    private static List<SourceFormat> load() {
        List<SourceFormat> all = new ArrayList<>();
        for (SourceFormat format : ServiceLoader.load(SourceFormat.class, SourceFormat.class.getClassLoader())) {
            if (all.stream().anyMatch(f -> f.name().equals(format.name()))) {
                throw new IllegalStateException("two source formats named " + format.name());
            }
            all.add(format);
        }
        return List.copyOf(all);
    }

    /**
     * The format of that name, for a caller that knows what it reads (a configuration file is YAML).
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static SourceFormat named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source format named " + name));
    }

    /** Every registered format, in registration order. */
    public static List<SourceFormat> all() {
        return ALL;
    }

    /** The format a file name implies by its extension. */
    public static Optional<SourceFormat> forFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.extensions().stream().anyMatch(e -> n.endsWith("." + e))).findFirst();
    }

    /** Glob patterns of every file whose name implies a format ({@code **.json}, ...), in registration order. */
    public static List<String> globs() {
        return ALL.stream().flatMap(f -> f.extensions().stream()).map(e -> "**." + e).toList();
    }

    /** The first format whose sniffing accepts {@code head}; see {@link SourceFormat#sniff}. */
    public static SourceFormat sniff(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return ALL.stream().filter(f -> f.sniff(text)).findFirst().orElseThrow();
    }

    /**
     * Reads a source in its format (decided as the class comment says) into {@code out}. A source that
     * cannot be opened or read — deleted since it was collected, a directory, unreadable — is a
     * {@link InputRules#IO} problem on it, not an exception.
     */
    public static void read(InputSource source, ReadContext context, RecordStream out) {
        try {
            InputSource resolved = resolve(source);
            resolved.format().read(resolved, context, out);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            out.problem(InputProblem.of(InputRules.IO, Position.UNKNOWN, cause.toString()));
        }
    }

    /**
     * The source with its format: as it is when it has one; a file is sniffed and opened again to be read,
     * a stream is read on from the bytes sniffed.
     */
    private static InputSource resolve(InputSource source) throws IOException {
        if (source.format() != null) {
            return source;
        }
        if (source.rereadable()) {
            try (InputStream in = source.opener().get()) {
                return new InputSource(source.name(), sniff(head(in)), source.opener(), source.datasetPages());
            }
        }
        BufferedInputStream in = new BufferedInputStream(source.opener().get(), SNIFF_BYTES * 2);
        in.mark(SNIFF_BYTES);
        String head = head(in);
        in.reset();
        return new InputSource(source.name(), sniff(head), () -> in, source.datasetPages());
    }

    private static String head(InputStream in) throws IOException {
        return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
    }
}
