package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of source formats, and the one place that decides a source's format: the one the source
 * names, else the one its file extension implies, else the first registered format whose sniffing accepts
 * the source's first bytes. Formats are tried in registration order; YAML, which accepts anything, is
 * last. A new format is one class and one registration line here. Immutable, thread-safe.
 */
public final class SourceFormats {
    /** How much of a source {@link SourceFormat#sniff} sees. */
    public static final int SNIFF_BYTES = 64 * 1024;

    private static final List<SourceFormat> ALL = new ArrayList<>();

    public static final SourceFormat RDF_XML = register(new RdfXmlFormat());
    public static final SourceFormat N_TRIPLES = register(new NTriplesFormat());
    public static final SourceFormat TURTLE = register(new TurtleFormat());
    public static final SourceFormat TRIG = register(new TrigFormat());
    public static final SourceFormat JSON_LD = register(new JsonLdFormat());
    public static final SourceFormat JSON_LINES = register(new JsonLinesFormat());
    public static final SourceFormat JSON = register(new JsonFormat());
    public static final SourceFormat YAML = register(new YamlFormat());

    private SourceFormats() {}

    private static SourceFormat register(SourceFormat format) {
        if (ALL.stream().anyMatch(f -> f.name().equals(format.name()))) {
            throw new IllegalStateException("two formats named " + format.name());
        }
        ALL.add(format);
        return format;
    }

    /** Every registered format, in registration order. */
    public static List<SourceFormat> all() {
        return List.copyOf(ALL);
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
                return new InputSource(source.name(), sniff(head(in)), source.opener());
            }
        }
        BufferedInputStream in = new BufferedInputStream(source.opener().get(), SNIFF_BYTES * 2);
        in.mark(SNIFF_BYTES);
        String head = head(in);
        in.reset();
        return new InputSource(source.name(), sniff(head), () -> in);
    }

    private static String head(InputStream in) throws IOException {
        return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
    }
}
