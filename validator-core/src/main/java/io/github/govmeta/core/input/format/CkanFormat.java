package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.ReadContext;
import io.github.govmeta.core.input.RecordStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A format of CKAN records (JSON trees with positions): reports and skips a byte-order mark, then reads
 * the rest with the format's tree reader, built once per set of limits and shared (the readers are
 * thread-safe).
 *
 * @param <R> the tree reader
 */
abstract class CkanFormat<R> extends NamedFormat {
    private final Function<InputLimits, R> readers;
    private final Map<InputLimits, R> cache = new ConcurrentHashMap<>();

    CkanFormat(String name, List<String> extensions, Function<InputLimits, R> readers) {
        super(name, extensions);
        this.readers = readers;
    }

    @Override
    public final void read(InputSource source, ReadContext context, RecordStream out) throws IOException {
        try (InputStream raw = source.opener().get(); BufferedInputStream in = new BufferedInputStream(raw, 65536)) {
            skipBom(in, out);
            read(cache.computeIfAbsent(context.limits(), readers), source.name(), in, context.limits(), out);
        }
    }

    /** Reads the records of a source whose stream is positioned after any BOM. */
    abstract void read(R reader, String source, InputStream in, InputLimits limits, RecordSink sink) throws IOException;

    /** A UTF-8 BOM is reported and skipped; a UTF-16/32 one, or a NUL among the first two bytes, means the file is not UTF-8. */
    private static void skipBom(BufferedInputStream in, RecordSink sink) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            sink.problem(InputProblem.of(InputRules.BOM, new Position(1, 1), null));
            return;
        }
        in.reset();
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            sink.problem(InputProblem.of(InputRules.ENCODING, new Position(1, 1), "a UTF-16 byte-order mark"));
        } else if (b0 == 0 || (b1 == 0 && b0 != -1)) {
            // UTF-8 JSON or YAML never starts with a NUL: this is UTF-16 or UTF-32 without a byte-order mark
            sink.problem(InputProblem.of(InputRules.ENCODING, new Position(1, 1), "UTF-16 or UTF-32 text without a byte-order mark"));
        }
    }
}
