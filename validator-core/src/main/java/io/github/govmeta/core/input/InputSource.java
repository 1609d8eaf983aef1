package io.github.govmeta.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A source of metadata: a file, or a stream such as standard input.
 *
 * @param name   display name used in findings (the path as given, {@code <stdin>})
 * @param format the format, from the file extension; {@link Format#SNIFF} to decide from the content
 * @param opener opens the bytes; called once, unless {@link #rereadable()}
 */
public record InputSource(String name, Format format, Supplier<InputStream> opener) {

    /** Input formats the readers understand. */
    public enum Format {
        JSON, JSON_LINES, YAML, TURTLE, RDF_XML, JSON_LD, N_TRIPLES, N_QUADS, TRIG, SNIFF;

        /** DCAT RDF, checked with SHACL rather than JSON Schema. */
        public boolean rdf() {
            return ordinal() >= TURTLE.ordinal() && this != SNIFF;
        }
    }

    public InputSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(opener, "opener");
    }

    /** A file; {@code name} is how findings show it (usually relative to the working directory). */
    public static InputSource file(Path path, String name) {
        return new InputSource(name, formatOf(path.getFileName().toString()), new FileOpener(path));
    }

    /**
     * Whether {@link #opener} may be called again to read the source from its start (a file, not a
     * stream): a reader may then try a bounded-memory pass first and read the source again if it must.
     */
    public boolean rereadable() {
        return opener instanceof FileOpener;
    }

    /** Opens a file afresh at every call. */
    public record FileOpener(Path path) implements Supplier<InputStream> {
        @Override
        public InputStream get() {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public static InputSource stream(String name, InputStream in) {
        return new InputSource(name, Format.SNIFF, () -> in);
    }

    /** The format a file name implies, or {@link Format#SNIFF}. */
    public static Format formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Format.YAML;
        }
        if (n.endsWith(".ttl")) {
            return Format.TURTLE;
        }
        if (n.endsWith(".rdf") || n.endsWith(".owl")) {
            return Format.RDF_XML;
        }
        if (n.endsWith(".jsonld")) {
            return Format.JSON_LD;
        }
        if (n.endsWith(".nt")) {
            return Format.N_TRIPLES;
        }
        if (n.endsWith(".nq")) {
            return Format.N_QUADS;
        }
        if (n.endsWith(".trig")) {
            return Format.TRIG;
        }
        return Format.SNIFF;
    }
}
