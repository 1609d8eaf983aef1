package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.YamlSourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CKAN metadata in YAML ({@code .yaml}, {@code .yml}), read whole up to the YAML size limit and decoded as
 * strict UTF-8 ({@link YamlSourceReader}). Sniffing accepts anything: YAML is the format of last resort.
 * Thread-safe.
 */
public final class YamlFormat extends CkanFormat<YamlSourceReader> {
    public YamlFormat() {
        super("yaml", List.of("yaml", "yml"), YamlSourceReader::new);
    }

    @Override
    public boolean sniff(String head) {
        return true;
    }

    @Override
    void read(YamlSourceReader reader, String source, InputStream in, InputLimits limits, RecordSink sink) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxYamlBytes() + 1);
        if (bytes.length > limits.maxYamlBytes()) {
            sink.problem(InputProblem.of(InputRules.LIMIT, new Position(1, 1),
                    "YAML document larger than " + limits.maxYamlBytes() + " bytes"));
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(src, out, true);
        if (result.isError()) {
            out.flip();
            sink.problem(InputProblem.of(InputRules.ENCODING, positionAfter(out),
                    "byte 0x" + Integer.toHexString(bytes[src.position()] & 0xFF) + " is not valid UTF-8"));
            return;
        }
        decoder.flush(out);
        out.flip();
        reader.read(source, out.toString(), sink);
    }

    private static Position positionAfter(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
