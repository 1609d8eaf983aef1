package io.github.govmeta.core.input;

import java.io.IOException;
import java.util.List;

/**
 * A syntax govmeta reads metadata in: its name, the file extensions that imply it, how to recognise it
 * from the first bytes of a source that has no telling name (standard input), and its reader, which turns
 * a source into records. The formats live in {@code io.github.govmeta.core.input.format}, one class each,
 * and are registered for {@link SourceFormats}; nothing else in the engine knows formats.
 *
 * <p>Implementations are public with a public no-argument constructor (they are loaded as services), and
 * stateless or holding only caches safe under concurrent use: one instance reads any number of sources
 * from any number of threads.
 */
public interface SourceFormat {

    /** A short lower-case name, unique among the registered formats (e.g. {@code turtle}). */
    String name();

    /** File extensions that imply the format, lower case, without the dot. */
    List<String> extensions();

    /**
     * Whether a source starting with {@code head} is in this format. {@code head} is the start of the
     * source (up to {@link SourceFormats#SNIFF_BYTES} bytes) decoded as UTF-8, without a byte-order mark;
     * it may end inside a line or a character.
     */
    boolean sniff(String head);

    /**
     * Reads {@code source} and delivers its records, problems and record-less findings to {@code out}, in
     * source order. A defect in the data is a problem on {@code out}, never an exception.
     *
     * @throws IOException when the source cannot be read; the caller reports it on the source
     */
    void read(InputSource source, ReadContext context, RecordStream out) throws IOException;
}
