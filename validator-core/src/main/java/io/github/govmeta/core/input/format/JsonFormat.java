package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.JsonSourceReader;
import io.github.govmeta.core.input.RecordSink;
import java.io.InputStream;
import java.util.List;

/**
 * CKAN metadata in JSON ({@code .json}): a dataset, a {@code package_show} or {@code package_search}
 * response, or an array of datasets, read record by record ({@link JsonSourceReader}). Sniffed: a source
 * starting with {@code [} or <code>{</code>. Thread-safe.
 */
public final class JsonFormat extends CkanFormat<JsonSourceReader> {
    public JsonFormat() {
        super("json", List.of("json"), JsonSourceReader::new);
    }

    @Override
    public boolean sniff(String head) {
        String text = head.stripLeading();
        return text.startsWith("[") || text.startsWith("{");
    }

    @Override
    void read(JsonSourceReader reader, String source, InputStream in, InputLimits limits, RecordSink sink) {
        reader.readJson(source, in, sink);
    }
}
