package io.github.govmeta.core.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads any supported source into records: handles the byte-order mark, picks the reader by format (or
 * sniffs the content), and turns every failure into an {@link InputProblem} so a bad source never stops
 * a run. Thread-safe.
 */
public final class SourceReader {
    private static final int SNIFF_BYTES = 64 * 1024;

    private final InputLimits limits;
    private final JsonSourceReader json;
    private final YamlSourceReader yaml;

    public SourceReader(InputLimits limits) {
        this.limits = limits;
        this.json = new JsonSourceReader(limits);
        this.yaml = new YamlSourceReader(limits);
    }

    public void read(InputSource source, RecordSink sink) {
        try (InputStream raw = source.opener().get(); BufferedInputStream in = new BufferedInputStream(raw, 65536)) {
            skipBom(in, sink);
            InputSource.Format format = source.format() == InputSource.Format.SNIFF ? sniff(in) : source.format();
            switch (format) {
                case JSON -> json.readJson(source.name(), in, sink);
                case JSON_LINES -> json.readJsonLines(source.name(), in, sink);
                default -> readYaml(source.name(), in, sink);
            }
        } catch (IOException | UncheckedIOException e) {
            String detail = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            sink.problem(InputProblem.of(InputRules.IO, Position.UNKNOWN, detail));
        }
    }

    /** A UTF-8 BOM is reported and skipped; a UTF-16/32 one means the file is not UTF-8. */
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
        }
    }

    /** JSON when it starts with '{' or '[', JSON Lines when a second object starts on a later line, else YAML. */
    private static InputSource.Format sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8).strip();
        if (text.startsWith("[")) {
            return InputSource.Format.JSON;
        }
        if (text.startsWith("{")) {
            return text.matches("(?s)\\{[^\\n]*\\}\\s*\\n\\s*\\{.*") ? InputSource.Format.JSON_LINES : InputSource.Format.JSON;
        }
        return InputSource.Format.YAML;
    }

    private void readYaml(String name, InputStream in, RecordSink sink) throws IOException {
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
        yaml.read(name, out.toString(), sink);
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
