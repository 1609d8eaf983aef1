package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.JsonSourceReader;
import io.github.govmeta.core.input.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CKAN metadata in JSON Lines ({@code .jsonl}, {@code .ndjson}): one dataset per line, a bad line a finding
 * and the rest read ({@link JsonSourceReader#readJsonLines}). Sniffed: an object on the first line and
 * another starting on a later one. Thread-safe.
 */
public final class JsonLinesFormat extends CkanFormat<JsonSourceReader> {
    private static final Pattern TWO_OBJECTS = Pattern.compile("(?s)\\{[^\\n]*\\}\\s*\\n\\s*\\{.*");

    public JsonLinesFormat() {
        super("jsonl", List.of("jsonl", "ndjson"), JsonSourceReader::new);
    }

    @Override
    public boolean sniff(String head) {
        return TWO_OBJECTS.matcher(head.strip()).matches();
    }

    @Override
    void read(JsonSourceReader reader, String source, InputStream in, InputLimits limits, RecordSink sink) throws IOException {
        reader.readJsonLines(source, in, sink);
    }
}
