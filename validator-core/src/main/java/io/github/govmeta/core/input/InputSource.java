package io.github.govmeta.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A source of metadata: a file, or a stream such as standard input. Immutable.
 *
 * @param name   display name used in findings (the path as given, {@code <stdin>})
 * @param format the format to read it in; null to let {@link SourceFormats} decide from the name, else
 *               from the content
 * @param opener opens the bytes; called once, unless {@link #rereadable()}
 * @param datasetPages where the datasets of a live catalog are shown to people: their findings carry
 *               {@code datasetPage} = this followed by the dataset's name (e.g. {@code https://portal/dataset/}); null for files
 */
public record InputSource(String name, SourceFormat format, Supplier<InputStream> opener, String datasetPages) {

    public InputSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    public InputSource(String name, SourceFormat format, Supplier<InputStream> opener) {
        this(name, format, opener, null);
    }

    /** A file, in the format its name implies; {@code name} is how findings show it (usually relative to the working directory). */
    public static InputSource file(Path path, String name) {
        return new InputSource(name, formatOf(path.getFileName().toString()), new FileOpener(path));
    }

    /**
     * Whether {@link #opener} may be called again to read the source from its start (a file, not a
     * stream): a reader may then try a bounded-memory pass first and read the source again if it must.
     */
    public boolean rereadable() {
        return opener instanceof Reopener;
    }

    /**
     * The source's size in bytes when it is a file whose size can be read, else 0 (a stream's size is not
     * known before it is read; a file that cannot be read is reported by whoever reads it).
     */
    public long knownSize() {
        try {
            return opener instanceof FileOpener f ? Files.size(f.path()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * An opener that opens the source afresh, from its start, at every call (a file on any file system, an
     * object in a store): a source with one is {@link #rereadable}.
     */
    public interface Reopener extends Supplier<InputStream> {}

    /** Opens a file afresh at every call. */
    public record FileOpener(Path path) implements Reopener {
        @Override
        public InputStream get() {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A stream, in the format its content shows. */
    public static InputSource stream(String name, InputStream in) {
        return new InputSource(name, null, () -> in);
    }

    /** The format a file name implies ({@link SourceFormats#forFileName}), or null. */
    public static SourceFormat formatOf(String fileName) {
        return SourceFormats.forFileName(fileName).orElse(null);
    }
}
